import { describe, expect, it } from 'vitest';
import { policyAllowsOrigin } from '../../src/io';
import { OFFLINE_CSP, contentSecurityPolicy, pacsOriginsFrom } from './offlineCsp';

describe('the page Content-Security-Policy and the PACS origins', () => {
  it('connects to its own origin only when no PACS is configured', () => {
    expect(pacsOriginsFrom(undefined)).toEqual([]);
    expect(pacsOriginsFrom('')).toEqual([]);
    expect(OFFLINE_CSP).toContain("connect-src 'self' blob: data:;");
    expect(policyAllowsOrigin(OFFLINE_CSP, 'https://pacs.example.org', 'http://localhost:5173')).toBe(false);
    expect(policyAllowsOrigin(OFFLINE_CSP, 'http://localhost:5173', 'http://localhost:5173')).toBe(true);
  });

  it('allows exactly the configured origins', () => {
    const origins = pacsOriginsFrom('https://pacs.example.org, http://127.0.0.1:8042/');
    expect(origins).toEqual(['https://pacs.example.org', 'http://127.0.0.1:8042']);
    const policy = contentSecurityPolicy(origins);
    expect(policy).toContain("connect-src 'self' blob: data: https://pacs.example.org http://127.0.0.1:8042;");
    expect(policy).not.toContain('*');
    expect(policyAllowsOrigin(policy, 'https://pacs.example.org', 'http://localhost:5173')).toBe(true);
    expect(policyAllowsOrigin(policy, 'http://127.0.0.1:8042', 'http://localhost:5173')).toBe(true);
    expect(policyAllowsOrigin(policy, 'https://other.example.org', 'http://localhost:5173')).toBe(false);
    expect(policyAllowsOrigin(policy, 'http://127.0.0.1:8043', 'http://localhost:5173')).toBe(false);
  });

  it.each(['*', 'https://*.example.org', 'https://pacs.example.org/dicom-web', 'pacs.example.org', 'ftp://pacs.example.org'])('refuses %s, naming it', (entry) => {
    expect(() => pacsOriginsFrom(entry)).toThrow(entry);
  });
});
