import { createPacsClient, PacsError, policyAllowsOrigin, type PacsClient, type PacsServer } from '../../io';

/** The page's own Content-Security-Policy, from the meta tag the build writes (none in dev mode). */
function pagePolicy(): string | undefined {
  return document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? undefined;
}

/**
 * A client for `server`, once the page is known to be allowed to reach it. The
 * built page connects only to the origins it was built with (README "PACS"); any
 * other would fail with no word from the browser but a console line, so it is
 * refused here with what to do instead.
 */
export function pacsClientFor(server: PacsServer): PacsClient {
  const origin = new URL(server.url).origin;
  if (!policyAllowsOrigin(pagePolicy(), origin, location.origin)) {
    throw new PacsError({ code: 'blockedByPage', origin, setting: `VIABLE_PACS_ORIGINS=${origin}` });
  }
  return createPacsClient(server);
}

/** Checks that `server` answers a study search with its credentials; resolves with the host that answered. */
export async function testPacsConnection(server: PacsServer): Promise<{ host: string }> {
  await pacsClientFor(server).testConnection();
  return { host: new URL(server.url).host };
}
