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
    throw new PacsError(
      'blockedByPage',
      `This page may not connect to ${origin}: its security policy allows only the servers it was built for. Build it with VIABLE_PACS_ORIGINS=${origin} (README "PACS"), or reach the server through this page's own address.`,
    );
  }
  return createPacsClient(server);
}

/** Checks that `server` answers a study search with its credentials; resolves with a sentence for the reader. */
export async function testPacsConnection(server: PacsServer): Promise<string> {
  await pacsClientFor(server).testConnection();
  return `Connected to ${new URL(server.url).host}: the server answered a study search.`;
}
