import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { demoStudiesPlugin } from './scripts/lib/demoServer.ts';
import { imageLoaderPatchesPlugin } from './scripts/lib/imageLoaderPatches.ts';
import { offlineCspPlugin } from './scripts/lib/offlineCsp.ts';

/**
 * `VIABLE_PACS_PROXY=http://127.0.0.1:8042 npm run dev` serves that PACS under this
 * server's own origin at /pacs/ (e.g. http://localhost:5173/pacs/dicom-web), so that
 * development needs neither CORS on the PACS nor a PACS origin in the page's policy.
 */
function pacsDevProxy(): Record<string, ProxyOptions> {
  const target = process.env.VIABLE_PACS_PROXY;
  return target ? { '/pacs/': { target, changeOrigin: true, rewrite: (path: string) => path.replace(/^\/pacs/, '') } } : {};
}

// Settings follow Cornerstone3D's Vite guide: the image loader's workers and WASM
// codecs must not be pre-bundled, everything they import must be.
export default defineConfig({
  plugins: [react(), demoStudiesPlugin('test-data/generated/synthetic'), offlineCspPlugin(), imageLoaderPatchesPlugin()],
  // The image loader decodes in workers, which Vite bundles with their own plugins.
  worker: { format: 'es', plugins: () => [imageLoaderPatchesPlugin()] },
  optimizeDeps: {
    // The dev server pre-bundles @cornerstonejs/core: the same patches apply there.
    rolldownOptions: { plugins: [imageLoaderPatchesPlugin()] },
    exclude: ['@cornerstonejs/dicom-image-loader'],
    include: [
      'dicom-parser',
      '@cornerstonejs/core',
      '@cornerstonejs/metadata',
      '@cornerstonejs/utils',
      '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs',
      '@cornerstonejs/codec-charls/decodewasmjs',
      '@cornerstonejs/codec-openjpeg/decodewasmjs',
      '@cornerstonejs/codec-openjph/wasmjs',
    ],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    // Each module runs in a function of its own, called once at start: without it the
    // whole bundle's start-up code is one top-level function whose machine code (about
    // 1.5 MB) V8 keeps for the life of the page (e2e/pageScript.e2e.ts).
    // Non-ASCII characters escaped (\uXXXX): Chromium keeps a script's source as one byte
    // per character only when every character is Latin-1; the Chinese UI strings and the
    // multilingual report patterns made the whole 3.7 MB bundle two bytes per character,
    // 3.6 MB more held for the life of the page (e2e/pageScript.e2e.ts).
    rolldownOptions: { output: { strictExecutionOrder: true, charset: 'ascii' } },
    sourcemap: false,
  },
  preview: { port: 5173, proxy: pacsDevProxy() },
  server: { proxy: pacsDevProxy() },
});
