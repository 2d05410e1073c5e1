// Bugs of Cornerstone3D 5.14 (@cornerstonejs/dicom-image-loader and core) that
// give wrong numbers or uncaught errors, corrected when Vite bundles them (main
// bundle and the loader's decoding workers). Each patch names the exact code it
// replaces: an upgrade that changes that code fails the build here instead of
// silently dropping the fix.
import type { Plugin } from 'vite';

export interface LoaderPatch {
  /** The module the patch applies to, as a path under node_modules/. */
  module: string;
  why: string;
  /** A pattern replaced once, or a string replaced wherever it occurs. */
  find: RegExp | string;
  replace: string;
}

/**
 * JPEG Extended 12-bit (1.2.840.10008.1.2.4.51): codecs/jpeg.js undoes the
 * encoder's level shift with the 8-bit constant scaled by the sample range,
 * `(q + 2056 / bitConversion) >> 4` with bitConversion = 255 / 4095, i.e. +33017
 * where 2^(P−1)·16 + 8 = 32776 is meant: every 12-bit sample comes out 15
 * (sometimes 16) too high (1 → 16, 264 → 279 against DCMTK and GDCM). The
 * loader ships no other 12-bit DCT decoder. q is 16 × (sample − 2^(P−1)) after
 * the inverse DCT and P-bit samples run 0 … 2^P − 1; for P = 8 the corrected
 * line gives exactly the original 2056 / 2024 / 255.
 */
export const JPEG_12BIT_LEVEL_SHIFT: LoaderPatch = {
  module: '@cornerstonejs/dicom-image-loader/dist/esm/codecs/jpeg.js',
  why: 'JPEG Extended 12-bit samples read 15 too high',
  find: /q\s*=\s*q\s*<=\s*-2056\s*\/\s*component\.bitConversion\s*\?\s*0\s*:\s*q\s*>=\s*2024\s*\/\s*component\.bitConversion\s*\?\s*255\s*\/\s*component\.bitConversion\s*:\s*\(q\s*\+\s*2056\s*\/\s*component\.bitConversion\)\s*>>\s*4;/,
  replace: [
    'var maxSample = Math.round(255 / component.bitConversion);',
    'var levelShift = ((maxSample + 1) << 3) + 8;',
    'q = q <= -levelShift ? 0 : q >= (maxSample << 4) - levelShift ? maxSample : (q + levelShift) >> 4;',
  ].join(' '),
};

/**
 * PixelRepresentation 1 (signed) with a codestream that says unsigned (seen in
 * JPEG 2000 files): the worker sign-extends from BitsStored, as DCMTK and GDCM
 * do, but writes the result back into the decoder's unsigned array, where
 * −2000 becomes 63536. Reinterpreting the array as signed first keeps the sign.
 */
export const SIGNED_BY_PIXEL_REPRESENTATION: LoaderPatch = {
  module: '@cornerstonejs/dicom-image-loader/dist/esm/decodeImageFrameWorker.js',
  why: 'signed pixels of an unsigned codestream read as 65536 − |value|',
  find: /if \(shouldShift && shift !== undefined\) \{/,
  replace: [
    'if (shouldShift && shift !== undefined) {',
    'const unsignedData = imageFrame.pixelData;',
    'if (unsignedData instanceof Uint16Array) imageFrame.pixelData = new Int16Array(unsignedData.buffer, unsignedData.byteOffset, unsignedData.length);',
    'else if (unsignedData instanceof Uint8Array) imageFrame.pixelData = new Int8Array(unsignedData.buffer, unsignedData.byteOffset, unsignedData.length);',
  ].join(' '),
};

/**
 * JPEG 2000: the OpenJPEG decoder reports a codestream it cannot read only by
 * printing "[ERROR] …" lines; `decode()` returns normally and the decoder still
 * holds the previous frame's size and pixels, so a corrupt file is shown with
 * another file's image. The patch collects those lines for each decode and
 * throws them as the load's error (the print hook also drops OpenJPEG's
 * "[INFO]" chatter on the console).
 */
export const JPEG2000_ERRORS_THROWN: readonly LoaderPatch[] = [
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/shared/decoders/decodeJPEG2000.js',
    why: 'a corrupt JPEG 2000 codestream shows the previous frame',
    find: /const openJpegModule = openJpegFactory\(\{/,
    replace: 'const openJpegModule = openJpegFactory({ print: (line) => { if (String(line).startsWith("[ERROR]")) local.errors.push(String(line)); },',
  },
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/shared/decoders/decodeJPEG2000.js',
    why: 'a corrupt JPEG 2000 codestream shows the previous frame',
    find: /\bdecoder\.decode\(\);/,
    replace: 'local.errors = []; decoder.decode(); if (local.errors.length > 0) throw new Error(`JPEG 2000 codestream unreadable: ${local.errors.map((line) => line.replace("[ERROR] ", "")).join("; ")}`);',
  },
];

/**
 * RLE with 16-bit colour samples: the decoder writes every segment pair into
 * the first sample's plane (it was written for one sample per pixel), so the
 * red, green and blue values are mixed up. RLE stores one segment per byte of
 * each sample, most significant first (PS3.5 G.2); the patch puts segment s into
 * sample ⌊s/2⌋ of each pixel, colour-by-pixel as the rest of the loader expects.
 */
export const RLE_16BIT_COLOUR: readonly LoaderPatch[] = [
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/shared/decoders/decodeRLE.js',
    why: '16-bit colour RLE decoded into one sample',
    find: 'const highByte = s === 0 ? 1 : 0;',
    replace: 'const highByte = s % 2 === 0 ? 1 : 0; const sampleIndex = Math.floor(s / 2); const sampleCount = imageFrame.samplesPerPixel || 1;',
  },
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/shared/decoders/decodeRLE.js',
    why: '16-bit colour RLE decoded into one sample',
    find: 'out[outIndex * 2 + highByte]',
    replace: 'out[(outIndex * sampleCount + sampleIndex) * 2 + highByte]',
  },
];

/**
 * `loadAndCacheImage` puts the load into the image cache without waiting for the
 * promise the cache returns, which rethrows the load's error: every image that
 * fails to decode through it (thumbnails, prefetch, the stack viewport) is an
 * uncaught rejection on the page, although the caller gets and handles the
 * same error from the promise it is given.
 */
export const CACHE_REJECTION_HANDLED: LoaderPatch = {
  module: '@cornerstonejs/core/dist/esm/loaders/imageLoader.js',
  why: 'a failed image load is an uncaught promise rejection',
  find: /if \(!cache\.getImageLoadObject\(imageId\)\) \{\s*cache\.putImageLoadObject\(imageId, imageLoadObject\);/,
  replace: 'if (!cache.getImageLoadObject(imageId)) { cache.putImageLoadObject(imageId, imageLoadObject).catch(() => undefined);',
};

/**
 * Decoding in workers copies every frame twice: `decodeImageFrame` computes a
 * transfer list when asked (`transferPixelData`) but never passes it, and the
 * worker's result comes back cloned. With these patches the encoded frame goes
 * to the worker and the decoded pixels come back as transferred buffers (the
 * `dicomfile:` loader hands over a copy of just the frame, which it no longer needs).
 * Only a buffer the decoded array fills exactly is transferred back: a view into
 * a codec's WebAssembly memory cannot be, and is cloned as before.
 */
export const DECODE_BUFFERS_TRANSFERRED: readonly LoaderPatch[] = [
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/imageLoader/decodeImageFrame.js',
    why: 'encoded frames are cloned to the decoding worker although a transfer list is computed',
    find: /return webWorkerManager\.executeTask\('dicomImageLoader', 'decodeTask', (\{[^{}]*\}), \{/,
    replace: "return webWorkerManager.executeTask('dicomImageLoader', 'decodeTask', transferList ? __viableTransfer($1, transferList) : $1, {",
  },
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/imageLoader/decodeImageFrame.js',
    why: 'encoded frames are cloned to the decoding worker although a transfer list is computed',
    find: "import { getWebWorkerManager } from '@cornerstonejs/core';",
    replace: "import { getWebWorkerManager } from '@cornerstonejs/core'; import { transfer as __viableTransfer } from 'comlink';",
  },
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/decodeImageFrameWorker.js',
    why: 'decoded pixels are cloned back from the decoding worker',
    find: "import { expose } from 'comlink';",
    replace: [
      "import { expose, transfer } from 'comlink';",
      'function transferOwnPixels(frame) {',
      '  const pixels = frame && frame.pixelData;',
      '  const owned = pixels && pixels.buffer instanceof ArrayBuffer && pixels.byteOffset === 0 && pixels.byteLength === pixels.buffer.byteLength;',
      '  return owned ? transfer(frame, [pixels.buffer]) : frame;',
      '}',
    ].join('\n'),
  },
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/decodeImageFrameWorker.js',
    why: 'decoded pixels are cloned back from the decoding worker',
    find: /(decodeTask\(\{[^}]*\}\) \{\s*return decodeImageFrame\(imageFrame, transferSyntax, pixelData, decodeConfig, options, callbackFn\))/,
    replace: '$1.then(transferOwnPixels)',
  },
];

/**
 * Native (uncompressed) pixels need no decoding, yet Cornerstone has the page's
 * thread read the whole file, copy the frame out of it and post it to a worker.
 * The `dicomfile:` loader instead hands createImage `{ file, start, end }`, the
 * File (a handle: nothing is read or copied on the page) and where the frame
 * lies in it, and the decoding worker reads those bytes itself before decoding
 * them as before: the same bytes reach the same decoder, so the values cannot
 * differ. A file that ends before the frame does is reported as truncated by the
 * worker, which sees how many bytes it got, instead of the page asking for the
 * file's size. Must follow DECODE_BUFFERS_TRANSFERRED (both change decodeTask).
 */
export const FRAME_READ_IN_WORKER: readonly LoaderPatch[] = [
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/imageLoader/createImage.js',
    why: 'a frame given as a slice of its file is read in the decoding worker',
    find: 'if (!pixelData?.length) {',
    replace: 'if (!pixelData?.length && !(pixelData?.file instanceof Blob)) {',
  },
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/decodeImageFrameWorker.js',
    why: 'a frame given as a slice of its file is read in the decoding worker',
    find: 'decodeTask({ imageFrame, transferSyntax, decodeConfig, options, pixelData, callbackFn, }) {',
    replace: [
      'async decodeTask({ imageFrame, transferSyntax, decodeConfig, options, pixelData: frame, callbackFn, }) {',
      'const pixelData = frame?.file instanceof Blob ? new Uint8Array(await frame.file.slice(frame.start, frame.end).arrayBuffer()) : frame;',
      // A file shorter than its header says: the page does not ask its size (a synchronous look-up, see dicomFileLoader).
      'if (frame?.file instanceof Blob && pixelData.length < frame.end - frame.start) throw new Error("insufficient data: the file ends before its last element (truncated?)");',
    ].join(' '),
  },
];

/**
 * createImage turns the decoded pixels into the typed array their value range
 * needs, by copying them even when they already are that array: one more copy
 * of every frame on the page's thread. The patch keeps an array of the right
 * type that has its buffer to itself (the decoding worker's transferred result);
 * a view into a larger buffer is still copied, so that it cannot keep the rest alive.
 */
export const PIXEL_TYPE_WITHOUT_COPY: LoaderPatch = {
  module: '@cornerstonejs/dicom-image-loader/dist/esm/imageLoader/setPixelDataType.js',
  why: 'decoded pixels copied into an array of the type they already have',
  find: 'const typedArray = new TypedArray(imageFrame.pixelData);',
  replace: [
    'const pixels = imageFrame.pixelData;',
    'const ownBuffer = pixels instanceof TypedArray && pixels.byteOffset === 0 && pixels.byteLength === pixels.buffer.byteLength;',
    'const typedArray = ownBuffer ? pixels : new TypedArray(pixels);',
  ].join(' '),
};

/**
 * createImage gives every image `getPixelData: () => imageFrame.pixelData`, a closure
 * that keeps createImage's whole scope alive with the image: the load's options, the
 * palette look-ups and a `<canvas>` it creates for every image, though only colour
 * conversions draw on it (about 1 kB of heap and a canvas element per cached slice,
 * 1 MB and a thousand canvases for a 1000-slice stack). The patch gives every image
 * one shared function that reads the frame the image holds (`image.imageFrame`, the
 * same object the closure held), so no closure or scope is kept per image; a colour
 * image's `getCanvas` still holds the canvas, which it draws on. Cornerstone calls it
 * as a method of the image, or of a copy of it, which holds the same frame.
 */
export const PIXEL_GETTER_WITHOUT_SCOPE: readonly LoaderPatch[] = [
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/imageLoader/createImage.js',
    why: "each cached image keeps createImage's scope (options, a canvas) through getPixelData",
    find: "let lastImageIdDrawn = '';",
    replace: "let lastImageIdDrawn = ''; function __viablePixelData() { return this.imageFrame.pixelData; }",
  },
  {
    module: '@cornerstonejs/dicom-image-loader/dist/esm/imageLoader/createImage.js',
    why: "each cached image keeps createImage's scope (options, a canvas) through getPixelData",
    find: 'getPixelData: () => imageFrame.pixelData,',
    replace: 'getPixelData: __viablePixelData,',
  },
];

/**
 * Every cached image has a VoxelManager, whose constructor gives it ten arrow
 * functions of its own (getAtIJK, forEach, getSliceData, …), an empty Set and four
 * bounds arrays: about half a kilobyte a slice, for every slice of a stack, though only the
 * images a tool or a render reads ever use them. The patch moves those assignments,
 * unchanged, into a method run at the first read (or write) of any of them: an accessor
 * per member on the prototype, whose names the static block learns by running the
 * method once on a recording object, so that a member added by an upgrade is covered
 * too. Members an image was given before (a factory's own `clear` or
 * `getMiddleSliceData`) are kept over the defaults.
 */
export const LAZY_VOXEL_MANAGER_MEMBERS: LoaderPatch = {
  module: '@cornerstonejs/core/dist/esm/utilities/VoxelManager.js',
  why: "each cached image's VoxelManager builds ten closures and a Set nobody may read",
  find: /( {8}this\.modifiedSlices = new Set\(\);\n {8}this\.boundsIJK = \[[^;]*\];\n)( {8}this\.scalarData = null;\n {8}this\._scalarDataIsCachedExpansion = false;\n {8}this\._sliceDataCache = null;\n)( {8}this\.getAtIJK = [\s\S]*?)( {8}this\.dimensions = dimensions;[^}]*\n {4}\}\n)/,
  replace: [
    '$2$4    __viableCreateMembers() {',
    '$1$3    }',
    '    static {',
    '        const names = [];',
    '        VoxelManager.prototype.__viableCreateMembers.call(new Proxy({}, { set: (_, name) => names.push(name) > 0 }));',
    '        const own = (target, name, value) => Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });',
    '        for (const name of names) Object.defineProperty(VoxelManager.prototype, name, {',
    '            configurable: true,',
    '            get() {',
    '                const given = names.filter((other) => Object.hasOwn(this, other)).map((other) => [other, this[other]]);',
    '                this.__viableCreateMembers();',
    '                for (const [other, value] of given) own(this, other, value);',
    '                return this[name];',
    '            },',
    '            set(value) { own(this, name, value); },',
    '        });',
    '    }',
    '',
  ].join('\n'),
};

/**
 * Each image's VoxelManager (createImageVoxelManager, one sample per pixel) is also
 * given five closures of its own over the image's pixels (`_get`, `_set`,
 * `_getConstructor`, `clear`, `getMiddleSliceData`) and their scopes, ~0.2 kB a slice.
 * The patch gives every such manager the same five functions, which read the pixels
 * the manager holds (`__viableNumbers`, never reassigned, as the closures' variable
 * was not) and its dimensions; the managers call them as their own methods.
 */
export const SHARED_IMAGE_VOXEL_FUNCTIONS: LoaderPatch = {
  module: '@cornerstonejs/core/dist/esm/utilities/VoxelManager.js',
  why: "each image's VoxelManager holds five closures over its pixels",
  find: /( {4}static _createNumberVolumeVoxelManager\(\{ dimensions, scalarData, id, \}\) \{\n {8}const voxels = new VoxelManager\(dimensions, \{\n)( {12}_get: \(index\) => scalarData\[index\],\n {12}_set: \(index, v\) => \{\n {16}const isChanged = scalarData\[index\] !== v;\n {16}scalarData\[index\] = v;\n {16}return isChanged;\n {12}\},\n {12}_getConstructor: \(\) => scalarData\.constructor,\n)( {12}_id: id \|\| '_createNumberVolumeVoxelManager',\n {8}\}\);\n {8}voxels\.scalarData = scalarData;\n)( {8}voxels\.clear = \(\) => \{\n {12}voxels\.scalarData\.fill\(0\);\n {8}\};\n {8}voxels\.getMiddleSliceData = \(\) => \{\n {12}const middleSliceIndex = Math\.floor\(dimensions\[2\] \/ 2\);\n {12}return voxels\.getSliceData\(\{\n {16}sliceIndex: middleSliceIndex,\n {16}slicePlane: 2,\n {12}\}\);\n {8}\};\n)/,
  replace: [
    '$1            _get: __viableNumberGet,',
    '            _set: __viableNumberSet,',
    '            _getConstructor: __viableNumberConstructor,',
    '$3        voxels.__viableNumbers = scalarData;',
    '        voxels.clear = __viableClearNumbers;',
    '        voxels.getMiddleSliceData = __viableMiddleSliceData;',
    '',
  ].join('\n'),
};

/** The functions {@link SHARED_IMAGE_VOXEL_FUNCTIONS} shares, put before the class. */
export const SHARED_IMAGE_VOXEL_FUNCTION_DEFINITIONS: LoaderPatch = {
  module: '@cornerstonejs/core/dist/esm/utilities/VoxelManager.js',
  why: "each image's VoxelManager holds five closures over its pixels",
  find: 'export default class VoxelManager {',
  replace: [
    'function __viableNumberGet(index) { return this.__viableNumbers[index]; }',
    'function __viableNumberSet(index, v) { const numbers = this.__viableNumbers; const isChanged = numbers[index] !== v; numbers[index] = v; return isChanged; }',
    'function __viableNumberConstructor() { return this.__viableNumbers.constructor; }',
    'function __viableClearNumbers() { this.scalarData.fill(0); }',
    'function __viableMiddleSliceData() { return this.getSliceData({ sliceIndex: Math.floor(this.dimensions[2] / 2), slicePlane: 2 }); }',
    'export default class VoxelManager {',
  ].join('\n'),
};

/**
 * vtk.js's rendering profiles register both of its backends, WebGL (OpenGL) and
 * WebGPU; Cornerstone creates only WebGL render windows (and Viable's CPU path
 * none), so the WebGPU backend is never instantiated. Its ~210 kB of code were
 * loaded and held by the page from the start all the same: a page's script source
 * stays in memory, byte for byte, beside the images (issue 11's memory goal).
 */
export const NO_WEBGPU_BACKEND: readonly LoaderPatch[] = ['Geometry', 'Volume'].map((profile) => ({
  module: `@kitware/vtk.js/Rendering/Profiles/${profile}.js`,
  why: 'the never-used WebGPU backend is loaded and kept with the page',
  find: `import "../WebGPU/Profiles/${profile}.js";`,
  replace: '',
}));

/**
 * The loader's package entry re-exports the decoding worker's module and every
 * decoder (`decodeImageFrame`, `postProcessDecodedPixels`, `initializers`,
 * `decoders`). That module exposes itself to comlink when it is evaluated, a side
 * effect, so bundling keeps it, the decoders and the codecs' JavaScript (~150 kB)
 * in the page's own script, held from the start, although decoding runs only in
 * the workers, which bundle their own copy. Nothing on the page uses these exports:
 * a use would fail the build here.
 */
const LOADER_ENTRY = '@cornerstonejs/dicom-image-loader/dist/esm/index.js';
const LOADER_ENTRY_WHY = "the decoding worker's module and its codecs are bundled into the page";
export const NO_DECODERS_ON_THE_PAGE: readonly LoaderPatch[] = [
  {
    module: LOADER_ENTRY,
    why: LOADER_ENTRY_WHY,
    find: /import \{ decodeImageFrame, postProcessDecodedPixels, \} from '\.\/decodeImageFrameWorker\.js';\s*import \{ initializers, decoders \} from '\.\/shared\/decoders\/index\.js';/,
    replace: '',
  },
  { module: LOADER_ENTRY, why: LOADER_ENTRY_WHY, find: '    decodeImageFrame,\n    postProcessDecodedPixels,\n    initializers,\n    decoders,\n};', replace: '};' },
  { module: LOADER_ENTRY, why: LOADER_ENTRY_WHY, find: 'internal, decodeImageFrame, postProcessDecodedPixels, initializers, decoders, };', replace: 'internal, };' },
];

/**
 * Cornerstone's Mesh (core's geometry cache) imports vtk.js's XML PolyData reader for
 * VTP surfaces, and with it xmlbuilder2, its DOM (@oozcitak) and fflate: ~0.3 MB of
 * script the page holds from the start (see NO_WEBGPU_BACKEND), used by no feature of
 * Viable, which loads no geometry. The patch drops the import; a VTP mesh, were one
 * ever loaded, fails with a message instead of being parsed.
 */
const MESH = '@cornerstonejs/core/dist/esm/cache/classes/Mesh.js';
const MESH_WHY = "vtk.js's XML reader (xmlbuilder2, a DOM) is loaded for VTP meshes Viable never loads";
export const NO_VTP_MESH_READER: readonly LoaderPatch[] = [
  { module: MESH, why: MESH_WHY, find: "import vtkXMLPolyDataReader from '@kitware/vtk.js/IO/XML/XMLPolyDataReader.js';", replace: '' },
  {
    module: MESH,
    why: MESH_WHY,
    find: 'const reader = vtkXMLPolyDataReader.newInstance();',
    replace: "throw new Error('VTP meshes are not supported: the VTP reader is left out of the build');",
  },
];

/**
 * dcmjs is one module whose default export is an object of everything it has (SR
 * templates, SEG/parametric map derivations, normalizers, anonymizer, its adapters):
 * a default import keeps all of it, ~0.7 MB of script the page holds from the start
 * (see NO_WEBGPU_BACKEND). Cornerstone's metadata package uses `data` (the
 * dictionary), `async` (its reader) and `utilities.DicomMetadataListener`; the
 * patches import just those by name (and export the listener by a name of its own),
 * so that the bundler can leave out what nobody uses. Viable's own code imports
 * `data` by name too (src/io/sr, src/dicom/tagTree.ts).
 */
const DCMJS_WHY = "dcmjs's default import keeps all of dcmjs in the page's script";
export const DCMJS_BY_NAME: readonly LoaderPatch[] = [
  {
    module: 'dcmjs/build/dcmjs.es.js',
    why: DCMJS_WHY,
    find: 'export { DICOMWEB, adapters, anonymizer, async, constants, data, dcmjs as default, derivations, log, normalizers, sr, utilities };',
    replace:
      'export { DICOMWEB, adapters, anonymizer, async, constants, data, dcmjs as default, derivations, log, normalizers, sr, utilities, DicomMetadataListener as __viableDicomMetadataListener };',
  },
  {
    // The private tags' dictionary (~175 kB) answers only keys naming a private
    // creator, `(0009,"GEMS_IDEN_01",04)`, which neither dcmjs's reader and writer
    // nor Cornerstone nor Viable (tagTree says "Private tag") ever ask for.
    module: 'dcmjs/build/dcmjs.es.js',
    why: "dcmjs's private tag dictionary, never looked up, is kept in the page's script",
    find: 'registerPrivatesModule(privateData);',
    replace: '',
  },
  {
    module: '@cornerstonejs/metadata/dist/esm/utilities/Tags.js',
    why: DCMJS_WHY,
    find: "import dcmjs from 'dcmjs';",
    replace: "import { data as __dcmjsData } from 'dcmjs'; const dcmjs = { data: __dcmjsData };",
  },
  {
    module: '@cornerstonejs/metadata/dist/esm/utilities/metadataProvider/naturalizedHandlers.js',
    why: DCMJS_WHY,
    find: "import dcmjs from 'dcmjs';",
    replace: "import { async as __dcmjsAsync } from 'dcmjs'; const dcmjs = { async: __dcmjsAsync };",
  },
  {
    module: '@cornerstonejs/metadata/dist/esm/utilities/dicomStream/NaturalTagListener.js',
    why: DCMJS_WHY,
    find: "import dcmjs from 'dcmjs';",
    replace:
      "import { __viableDicomMetadataListener } from 'dcmjs'; const dcmjs = { utilities: { DicomMetadataListener: __viableDicomMetadataListener } };",
  },
];

/**
 * vtk.js's colour map presets (ColorMaps.json, 141 kB of JSON) are parsed when the
 * module loads and kept, with the JSON text, for the life of the page: 0.25 MB of heap.
 * Only Cornerstone's colormap utilities read them, when a viewport is given a colour map
 * by name, which Viable never does. The patches parse them at the first look-up.
 */
const COLOR_MAPS = '@kitware/vtk.js/Rendering/Core/ColorTransferFunction/ColorMaps.js';
const COLOR_MAPS_WHY = "vtk.js's colour map presets are parsed and kept at start-up though Viable uses none";
export const COLOR_MAP_PRESETS_ON_DEMAND: readonly LoaderPatch[] = [
  {
    module: '@kitware/vtk.js/Rendering/Core/ColorTransferFunction/ColorMaps.json.js',
    why: COLOR_MAPS_WHY,
    find: 'var ColorMaps_default = /* @__PURE__ */ JSON.parse(',
    replace: 'var ColorMaps_default = () => JSON.parse(',
  },
  {
    module: COLOR_MAPS,
    why: COLOR_MAPS_WHY,
    find: /var presetMap = Object\.create\(null\);\n(ColorMaps_default\$1)(\.filter[^\n]*\n[^\n]*\n\}\);)\nvar rgbPresetNames = Object\.keys\(presetMap\);\nrgbPresetNames\.sort\(\);/,
    replace: [
      'var presetMap;',
      'var rgbPresetNames;',
      'function __viableLoadPresets() {',
      'if (presetMap) return;',
      'presetMap = Object.create(null);',
      '$1()$2',
      'rgbPresetNames = Object.keys(presetMap);',
      'rgbPresetNames.sort();',
      '}',
    ].join('\n'),
  },
  ...['function getPresetByName(name) {', 'function addPreset(preset) {', 'function removePresetByName(name) {'].map((find) => ({
    module: COLOR_MAPS,
    why: COLOR_MAPS_WHY,
    find,
    replace: `${find} __viableLoadPresets();`,
  })),
  {
    module: COLOR_MAPS,
    why: COLOR_MAPS_WHY,
    find: /(var ColorMaps_default = \{\n\taddPreset,\n\tremovePresetByName,\n\tgetPresetByName,\n)\trgbPresetNames\n\};/,
    replace: '$1\tget rgbPresetNames() { __viableLoadPresets(); return rgbPresetNames; }\n};',
  },
];

/**
 * vtk.js's volume-rendering fragment shader (63 kB of GLSL) is a module constant: the
 * page holds it as a string from start-up, beside the same text in its script, though
 * Viable's stacks never render a volume on the CPU path and the GPU path compiles it
 * only for a volume. The patches make it a function returning the text, called where
 * the volume mapper builds its shaders.
 */
const VOLUME_FS_WHY = "vtk.js's volume fragment shader is held as a string from start-up";
export const VOLUME_SHADER_ON_DEMAND: readonly LoaderPatch[] = [
  {
    module: '@kitware/vtk.js/Rendering/OpenGL/glsl/vtkVolumeFS.glsl.js',
    why: VOLUME_FS_WHY,
    find: 'var vtkVolumeFS_default = "',
    replace: 'var vtkVolumeFS_default = () => "',
  },
  {
    module: '@kitware/vtk.js/Rendering/OpenGL/VolumeMapper.js',
    why: VOLUME_FS_WHY,
    find: 'shaders.Fragment = vtkVolumeFS_default;',
    replace: 'shaders.Fragment = vtkVolumeFS_default();',
  },
];

/**
 * dcmjs builds `DicomMetaDictionary.nameMap`, an object per DICOM keyword (~5,300 of
 * them, with their tag strings: ~0.5 MB of heap), when it is loaded, and Cornerstone's
 * metadata Tags module keeps a reference to it for look-ups of a few hundred keywords,
 * which its own modules (Tags, the compiled display-set rules) make while the page's
 * script is evaluated. Viable reads it only to write or import an SR. The patches have
 * dcmjs build it at its first read, and Tags answer its look-ups from a copy it lets go
 * once the script's first task is over (a later look-up reads dcmjs's, built then).
 */
const TAGS = '@cornerstonejs/metadata/dist/esm/utilities/Tags.js';
const NAME_MAP_WHY = "dcmjs's keyword map (~0.5 MB) is built and kept at start-up, though only SR export and import read it";
export const DCMJS_NAME_MAP_ON_DEMAND: readonly LoaderPatch[] = [
  {
    module: 'dcmjs/build/dcmjs.es.js',
    why: NAME_MAP_WHY,
    find: 'DicomMetaDictionary.dictionary = dictionary;\nDicomMetaDictionary._generateNameMap();',
    replace: [
      'DicomMetaDictionary.dictionary = dictionary;',
      'Object.defineProperty(DicomMetaDictionary, "nameMap", {',
      '  configurable: true,',
      '  enumerable: true,',
      // _generateNameMap assigns nameMap (the setter makes it a plain property), then fills it.
      '  get() { DicomMetaDictionary._generateNameMap(); return DicomMetaDictionary.nameMap; },',
      '  set(value) { Object.defineProperty(DicomMetaDictionary, "nameMap", { value, writable: true, enumerable: true, configurable: true }); },',
      '});',
    ].join('\n'),
  },
  {
    module: TAGS,
    why: NAME_MAP_WHY,
    find: 'const nameMap = dcmjs.data.DicomMetaDictionary.nameMap;',
    replace: [
      'let startupNameMap = dcmjs.data.DicomMetaDictionary._generateCustomNameMap(dcmjs.data.DicomMetaDictionary.dictionary);',
      'const keywordMap = () => startupNameMap ?? dcmjs.data.DicomMetaDictionary.nameMap;',
    ].join(' '),
  },
  {
    module: TAGS,
    why: NAME_MAP_WHY,
    find: 'const entry = Object.prototype.hasOwnProperty.call(nameMap, keyword)\n        ? nameMap[keyword]',
    replace: 'const nameMap = keywordMap(); const entry = Object.prototype.hasOwnProperty.call(nameMap, keyword)\n        ? nameMap[keyword]',
  },
  { module: TAGS, why: NAME_MAP_WHY, find: 'for (const keyword of Object.keys(nameMap)) {', replace: 'for (const keyword of Object.keys(keywordMap())) {' },
  {
    module: TAGS,
    why: NAME_MAP_WHY,
    find: /(addTag\(keyword, createTagEntry\(hex, \.\.\.groups\)\);\n\})/,
    replace: '$1\nsetTimeout(() => { startupNameMap = undefined; });',
  },
];

/**
 * Each decoding worker compiles a WASM codec (JPEG-LS, JPEG 2000, HTJ2K) only at its
 * first frame of that syntax: fetching and compiling CharLS put 40–80 ms on the first
 * JPEG-LS image, after the pick. The workers are started with the page (initCornerstone),
 * so the patch has each one initialise these codecs, one after the other, as soon as it
 * is up, while the reader chooses a folder. A codec that fails here is left as it was:
 * its first decode tries again and reports the error there.
 * Then each worker decodes two made-up native frames (signed 12-bit with a CT rescale,
 * unsigned 16-bit) the way the loader asks for them, so that the JavaScript of that path
 * (pixel views, min/max, sign extension, rescale) is compiled before the first real frame:
 * cold, the first uncompressed 256 × 256 slice took a worker 18–20 ms (trace of a
 * 1000-slice pick), which the first image waited for. Nothing of these frames leaves the worker.
 */
export const CODECS_READY_BEFORE_THE_FIRST_FRAME: LoaderPatch = {
  module: '@cornerstonejs/dicom-image-loader/dist/esm/decodeImageFrameWorker.js',
  why: "the decoding workers' WASM codecs and native decoding path are compiled at their first frame",
  find: /if \(workerEndpoint\) \{\s*expose\(obj, workerEndpoint\);\s*\}/,
  replace: [
    "import { initialize as __viableInitJpegLs } from './shared/decoders/decodeJPEGLS.js';",
    "import { initialize as __viableInitJpeg2000 } from './shared/decoders/decodeJPEG2000.js';",
    "import { initialize as __viableInitHtj2k } from './shared/decoders/decodeHTJ2K.js';",
    'export function __viableWarmNativeDecoding() {',
    '  const frame = (bitsStored, pixelRepresentation) => ({ rows: 256, columns: 256, bitsAllocated: 16, bitsStored, highBit: bitsStored - 1, pixelRepresentation, samplesPerPixel: 1, photometricInterpretation: "MONOCHROME2" });',
    '  const options = (scalingParameters) => ({ preScale: { enabled: true, scalingParameters }, allowFloatRendering: true });',
    '  return decodeImageFrame(frame(12, 1), "1.2.840.10008.1.2.1", new Uint8Array(256 * 256 * 2), {}, options({ rescaleSlope: 1, rescaleIntercept: -1024, modality: "CT" }))',
    '    .then((signed) => decodeImageFrame(frame(16, 0), "1.2.840.10008.1.2.1", new Uint8Array(256 * 256 * 2), {}, options({ rescaleSlope: 1, rescaleIntercept: 0, modality: "MR" })).then((unsigned) => [signed, unsigned]));',
    '}',
    'if (workerEndpoint) {',
    '  expose(obj, workerEndpoint);',
    '  [__viableInitJpegLs, __viableInitJpeg2000, __viableInitHtj2k, __viableWarmNativeDecoding].reduce((ready, initialize) => ready.then(() => initialize()).catch(() => undefined), Promise.resolve());',
    '}',
  ].join('\n'),
};

export const IMAGE_LOADER_PATCHES: readonly LoaderPatch[] = [
  JPEG_12BIT_LEVEL_SHIFT,
  SIGNED_BY_PIXEL_REPRESENTATION,
  ...JPEG2000_ERRORS_THROWN,
  ...RLE_16BIT_COLOUR,
  CACHE_REJECTION_HANDLED,
  ...DECODE_BUFFERS_TRANSFERRED,
  ...FRAME_READ_IN_WORKER,
  CODECS_READY_BEFORE_THE_FIRST_FRAME,
  PIXEL_TYPE_WITHOUT_COPY,
  ...PIXEL_GETTER_WITHOUT_SCOPE,
  LAZY_VOXEL_MANAGER_MEMBERS,
  SHARED_IMAGE_VOXEL_FUNCTIONS,
  SHARED_IMAGE_VOXEL_FUNCTION_DEFINITIONS,
  ...NO_WEBGPU_BACKEND,
  ...NO_DECODERS_ON_THE_PAGE,
  ...NO_VTP_MESH_READER,
  ...DCMJS_BY_NAME,
  ...DCMJS_NAME_MAP_ON_DEMAND,
  ...COLOR_MAP_PRESETS_ON_DEMAND,
  ...VOLUME_SHADER_ON_DEMAND,
];

/** `source` of the patch's module with the patch applied; throws when the code it replaces is not there. */
export function applyLoaderPatch(patch: LoaderPatch, source: string): string {
  const found = typeof patch.find === 'string' ? source.includes(patch.find) : patch.find.test(source);
  if (!found) throw new Error(`imageLoaderPatches: ${patch.module} changed; re-check "${patch.why}" against the new version`);
  return typeof patch.find === 'string' ? source.replaceAll(patch.find, patch.replace) : source.replace(patch.find, patch.replace);
}


/** Vite plugin applying {@link IMAGE_LOADER_PATCHES}; list it in `plugins` and in `worker.plugins`. */
export function imageLoaderPatchesPlugin(): Plugin {
  return {
    name: 'viable-image-loader-patches',
    transform(code, id) {
      const file = (id.split('?')[0] ?? id).replace(/\\/g, '/');
      const patches = IMAGE_LOADER_PATCHES.filter((patch) => file.endsWith(`/node_modules/${patch.module}`));
      if (patches.length === 0) return undefined;
      return { code: patches.reduce((patched, patch) => applyLoaderPatch(patch, patched), code), map: null };
    },
  };
}
