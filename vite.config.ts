import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { demoStudiesPlugin } from './scripts/lib/demoServer.ts';
import { imageLoaderPatchesPlugin } from './scripts/lib/imageLoaderPatches.ts';
import { offlineCspPlugin } from './scripts/lib/offlineCsp.ts';

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
    sourcemap: false,
  },
  preview: { port: 5173 },
});
