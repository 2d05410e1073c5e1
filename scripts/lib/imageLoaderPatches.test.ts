import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyLoaderPatch, CODECS_READY_BEFORE_THE_FIRST_FRAME, COLOR_MAP_PRESETS_ON_DEMAND, DCMJS_NAME_MAP_ON_DEMAND, IMAGE_LOADER_PATCHES, JPEG_12BIT_LEVEL_SHIFT, LAZY_VOXEL_MANAGER_MEMBERS, VOLUME_SHADER_ON_DEMAND,
  type LoaderPatch,
} from './imageLoaderPatches';

const NODE_MODULES = path.resolve(path.dirname(createRequire(import.meta.url).resolve('@cornerstonejs/dicom-image-loader/package.json')), '../..');
const loaderSource = (patch: LoaderPatch): string => readFileSync(path.join(NODE_MODULES, patch.module), 'utf8');
/** pydicom's JPGExtended.dcm: NM, 256 columns × 1024 rows, 12-bit JPEG Extended, one fragment. */
const JPG_EXTENDED = path.resolve('test-data/real/pydicom/JPGExtended.dcm');
const COLUMNS = 256;

interface JpegImage {
  parse(data: Uint8Array): void;
  colorTransform: boolean;
  getData16(width: number, height: number): Uint16Array;
}

const dir = mkdtempSync(path.join(tmpdir(), 'jpeg12-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Decodes the file's JPEG codestream with the loader's jpeg.js, as is or corrected. */
async function decode(corrected: boolean): Promise<Uint16Array> {
  const source = loaderSource(JPEG_12BIT_LEVEL_SHIFT);
  const file = path.join(dir, `jpeg-${corrected}.mjs`);
  writeFileSync(file, corrected ? applyLoaderPatch(JPEG_12BIT_LEVEL_SHIFT, source) : source);
  const { default: Jpeg } = (await import(pathToFileURL(file).href)) as { default: new () => JpegImage };
  const bytes = readFileSync(JPG_EXTENDED);
  const start = bytes.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
  const end = bytes.lastIndexOf(Buffer.from([0xff, 0xd9])) + 2;
  const jpeg = new Jpeg();
  jpeg.parse(new Uint8Array(bytes.subarray(start, end)));
  jpeg.colorTransform = false;
  return jpeg.getData16(COLUMNS, 1024);
}

describe('imageLoaderPatches', () => {
  // Reference values: DCMTK 3.6.7 `dcmdjpeg` of the same file (GDCM and pydicom agree).
  const REFERENCE: [row: number, column: number, value: number][] = [
    [0, 0, 1],
    [500, 128, 10],
    [512, 100, 25],
    [300, 200, 35],
  ];

  it('the loader as shipped reads JPEG Extended 12-bit 15 too high (the bug this works around)', async () => {
    const pixels = await decode(false);
    expect(pixels[0]).toBe(16);
    expect(pixels.reduce((a, b) => Math.max(a, b), 0)).toBe(279);
  });

  it('corrected, it reads what DCMTK reads', async () => {
    const pixels = await decode(true);
    for (const [row, column, value] of REFERENCE) expect(pixels[row * COLUMNS + column], `(${column}, ${row})`).toBe(value);
    expect(pixels.reduce((a, b) => Math.max(a, b), 0)).toBe(264);
  });

  it('keeps the 8-bit constants for 8-bit samples', () => {
    const levelShift = (maxSample: number) => ((maxSample + 1) << 3) + 8;
    expect(levelShift(255)).toBe(2056);
    expect((255 << 4) - levelShift(255)).toBe(2024);
  });

  it.each(IMAGE_LOADER_PATCHES.map((patch) => [patch.why, patch] as const))('finds the code it replaces in the installed loader: %s', (_why, patch) => {
    const source = loaderSource(patch);
    expect(applyLoaderPatch(patch, source)).not.toBe(source);
    expect(() => applyLoaderPatch(patch, 'var q = 0;')).toThrow(/changed/);
  });

  it("gives an image's VoxelManager its members at the first read and shared functions over its pixels, working as before", async () => {
    interface Voxels {
      getAtIJK(i: number, j: number, k: number): number;
      setAtIJK(i: number, j: number, k: number, value: number): boolean;
      modifiedSlices: Set<number>;
      getBoundsIJK(): number[][];
      clear(): void;
    }
    type VoxelManagerClass = { createImageVoxelManager(options: { width: number; height: number; scalarData: Uint16Array }): Voxels };
    // Beside the original, so that its relative imports resolve; removed after.
    const original = path.join(NODE_MODULES, LAZY_VOXEL_MANAGER_MEMBERS.module);
    const file = path.join(path.dirname(original), `VoxelManager.lazy-test-${process.pid}.js`);
    const voxelPatches = IMAGE_LOADER_PATCHES.filter((patch) => patch.module === LAZY_VOXEL_MANAGER_MEMBERS.module);
    writeFileSync(file, voxelPatches.reduce((source, patch) => applyLoaderPatch(patch, source), readFileSync(original, 'utf8')));
    try {
      const { default: VoxelManager } = (await import(pathToFileURL(file).href)) as { default: VoxelManagerClass };
      const scalarData = Uint16Array.from({ length: 6 }, (_, index) => index * 10);
      const voxels = VoxelManager.createImageVoxelManager({ width: 3, height: 2, scalarData });
      expect(Object.hasOwn(voxels, 'getAtIJK')).toBe(false);
      expect(Object.hasOwn(voxels, 'modifiedSlices')).toBe(false);
      const factoryClear = voxels.clear;
      expect(voxels.getAtIJK(1, 1, 0)).toBe(40);
      expect(Object.hasOwn(voxels, 'getAtIJK')).toBe(true);
      expect(voxels.clear).toBe(factoryClear);
      expect(voxels.setAtIJK(2, 0, 0, 7)).toBe(true);
      expect(scalarData[2]).toBe(7);
      expect([...voxels.modifiedSlices]).toEqual([0]);
      expect(voxels.getBoundsIJK()).toEqual([[2, 2], [0, 0], [0, 0]]);
      const other = VoxelManager.createImageVoxelManager({ width: 3, height: 2, scalarData: new Uint16Array(6) });
      expect(other.clear).toBe(voxels.clear);
      expect(other.getAtIJK(2, 0, 0)).toBe(0);
      voxels.clear();
      expect([...scalarData]).toEqual([0, 0, 0, 0, 0, 0]);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("builds dcmjs's keyword map at its first read, with the entries it had", async () => {
    const [dcmjsPatch] = DCMJS_NAME_MAP_ON_DEMAND;
    const original = path.join(NODE_MODULES, dcmjsPatch!.module);
    const file = path.join(path.dirname(original), `dcmjs.lazy-test-${process.pid}.mjs`);
    writeFileSync(file, applyLoaderPatch(dcmjsPatch!, readFileSync(original, 'utf8')));
    try {
      const { data } = (await import(pathToFileURL(file).href)) as { data: { DicomMetaDictionary: { nameMap: Record<string, { tag: string; vr: string }> } } };
      const dictionary = data.DicomMetaDictionary;
      expect(Object.getOwnPropertyDescriptor(dictionary, 'nameMap')?.get).toBeTypeOf('function');
      expect(dictionary.nameMap.PatientName).toMatchObject({ tag: '(0010,0010)', vr: 'PN' });
      expect(Object.getOwnPropertyDescriptor(dictionary, 'nameMap')?.value).toBe(dictionary.nameMap);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("parses vtk.js's colour map presets at the first look-up, giving the same presets", async () => {
    const colorMapsDir = mkdtempSync(path.join(tmpdir(), 'color-maps-'));
    try {
      for (const module of new Set(COLOR_MAP_PRESETS_ON_DEMAND.map((patch) => patch.module))) {
        const patched = COLOR_MAP_PRESETS_ON_DEMAND.filter((patch) => patch.module === module).reduce((source, patch) => applyLoaderPatch(patch, source), loaderSource({ module } as LoaderPatch));
        // Without its source map comment: the map is not copied beside it.
        writeFileSync(path.join(colorMapsDir, path.basename(module)), patched.replace(/\/\/# sourceMappingURL=.*/, ''));
      }
      type Presets = { getPresetByName(name: string): { RGBPoints: number[] } | undefined; rgbPresetNames: string[] };
      const { default: presets } = (await import(pathToFileURL(path.join(colorMapsDir, 'ColorMaps.js')).href)) as { default: Presets };
      expect(presets.rgbPresetNames).toContain('Cool to Warm');
      expect(presets.getPresetByName('Cool to Warm')?.RGBPoints.length).toBeGreaterThan(4);
    } finally {
      rmSync(colorMapsDir, { recursive: true, force: true });
    }
  });

  it("gives vtk.js's volume fragment shader as a function returning the same text", async () => {
    const [shaderPatch] = VOLUME_SHADER_ON_DEMAND;
    const source = loaderSource(shaderPatch!).replace(/\/\/# sourceMappingURL=.*/, '');
    const shaderDir = mkdtempSync(path.join(tmpdir(), 'volume-fs-'));
    try {
      writeFileSync(path.join(shaderDir, 'original.mjs'), source);
      writeFileSync(path.join(shaderDir, 'patched.mjs'), applyLoaderPatch(shaderPatch!, source));
      const { default: original } = (await import(pathToFileURL(path.join(shaderDir, 'original.mjs')).href)) as { default: string };
      const { default: patched } = (await import(pathToFileURL(path.join(shaderDir, 'patched.mjs')).href)) as { default: () => string };
      expect(patched()).toBe(original);
      expect(original).toContain('//VTK::System::Dec');
    } finally {
      rmSync(shaderDir, { recursive: true, force: true });
    }
  });

  it('decodes its made-up native frames in the decoding worker without error, as the loader would (its warm-up)', async () => {
    // Beside the worker module, so that its relative imports resolve; not a worker here, so nothing runs at import.
    const file = path.join(NODE_MODULES, path.dirname(CODECS_READY_BEFORE_THE_FIRST_FRAME.module), `decodeImageFrameWorker.warm-test-${process.pid}.js`);
    writeFileSync(file, IMAGE_LOADER_PATCHES.filter((patch) => patch.module === CODECS_READY_BEFORE_THE_FIRST_FRAME.module).reduce((source, patch) => applyLoaderPatch(patch, source), loaderSource(CODECS_READY_BEFORE_THE_FIRST_FRAME)));
    try {
      const { __viableWarmNativeDecoding } = (await import(pathToFileURL(file).href)) as { __viableWarmNativeDecoding: () => Promise<Array<{ pixelData: ArrayLike<number>; preScale?: { scaled?: boolean } }>> };
      const [signed, unsigned] = await __viableWarmNativeDecoding();
      expect(signed!.pixelData).toHaveLength(256 * 256);
      expect(signed!.pixelData[0]).toBe(-1024); // zeros with the CT rescale applied
      expect(signed!.preScale?.scaled).toBe(true);
      expect(unsigned!.pixelData).toHaveLength(256 * 256);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
