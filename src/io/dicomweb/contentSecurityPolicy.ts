/**
 * Whether the page's Content-Security-Policy lets it connect to `serverOrigin`:
 * the page's own origin and the origins listed in `connect-src` (or, without
 * one, `default-src`). Only exact origins count, as the build writes them
 * (scripts/lib/offlineCsp.ts); a policy that is absent allows everything.
 */
export function policyAllowsOrigin(policy: string | undefined, serverOrigin: string, pageOrigin: string): boolean {
  if (!policy) return true;
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
  );
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return true;
  if (serverOrigin === pageOrigin && sources.includes("'self'")) return true;
  return sources.some((source) => source.replace(/\/+$/, '') === serverOrigin);
}
