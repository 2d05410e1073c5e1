// A reverse proxy that adds the CORS headers a DICOMweb server must send when the
// viewer is served from another origin (README "PACS": what a hosted build needs).
// Orthanc sends none, so the browser tests put this in front of it, as a hospital
// would put nginx in front of its PACS.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** The CORS response headers that let `pageOrigin` query, retrieve and store with credentials. */
export function corsHeaders(pageOrigin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': pageOrigin,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type',
    'Access-Control-Expose-Headers': 'Content-Type, Content-Length',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

export interface RunningProxy {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `target` (an origin) on a loopback port, answering preflights and adding
 * CORS headers for `pageOrigin` only. `instanceDelayMs` holds back every instance
 * retrieval that long, to play a slow PACS.
 */
export function startCorsProxy(target: string, pageOrigin: string, options: { instanceDelayMs?: number } = {}): Promise<RunningProxy> {
  const targetUrl = new URL(target);
  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const headers = incoming.headers.origin === pageOrigin ? corsHeaders(pageOrigin) : {};
    if (incoming.method === 'OPTIONS') {
      outgoing.writeHead(204, headers).end();
      return;
    }
    if (options.instanceDelayMs && incoming.method === 'GET' && /\/instances\/[^/]+$/.test(incoming.url ?? '')) {
      await new Promise((resolve) => setTimeout(resolve, options.instanceDelayMs));
    }
    const forwarded = request(
      { host: targetUrl.hostname, port: targetUrl.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: targetUrl.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...headers });
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.writeHead(502, headers).end());
    incoming.pipe(forwarded);
  };
  const server: Server = createServer((incoming, outgoing) => void handle(incoming, outgoing));
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
