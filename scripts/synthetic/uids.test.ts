import { describe, expect, it } from 'vitest';
import { isValidUid, uidFromName } from './uids.ts';

describe('deterministic UIDs', () => {
  it('are stable, distinct and valid', () => {
    expect(uidFromName('a')).toBe(uidFromName('a'));
    expect(uidFromName('a')).not.toBe(uidFromName('b'));
    for (const name of ['a', 'study:CT_BL', 'instance:CT_FU2/NC/35']) expect(isValidUid(uidFromName(name))).toBe(true);
  });

  it('rejects malformed UIDs', () => {
    expect(isValidUid('1.2.03')).toBe(false);
    expect(isValidUid('1..2')).toBe(false);
    expect(isValidUid(`1.${'9'.repeat(64)}`)).toBe(false);
  });
});
