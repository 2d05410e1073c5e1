// Serves the generated synthetic studies at /demo/ from the dev and preview servers,
// so that the start page can offer them with one click without copying tens of
// megabytes of DICOM into every production build.
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

export const DEMO_URL_PREFIX = '/demo/';

function demoMiddleware(rootDir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url ?? '';
    if (!url.startsWith(DEMO_URL_PREFIX)) return next();
    const relative = decodeURIComponent(url.slice(DEMO_URL_PREFIX.length).split('?')[0] ?? '');
    const filePath = path.resolve(rootDir, relative);
    // Refuse anything that escapes the demo folder (e.g. "../../etc/passwd").
    if (!filePath.startsWith(rootDir + path.sep) || !existsSync(filePath) || !statSync(filePath).isFile()) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', filePath.endsWith('.json') ? 'application/json' : 'application/dicom');
    res.setHeader('Content-Length', String(statSync(filePath).size));
    createReadStream(filePath).pipe(res);
  };
}

/** Vite plugin: serve `rootDir` under /demo/ in `vite` and `vite preview`. */
export function demoStudiesPlugin(rootDir: string): Plugin {
  const absoluteRoot = path.resolve(rootDir);
  return {
    name: 'viable-demo-studies',
    configureServer(server) {
      server.middlewares.use(demoMiddleware(absoluteRoot));
    },
    configurePreviewServer(server) {
      server.middlewares.use(demoMiddleware(absoluteRoot));
    },
  };
}
