// End-to-end checks of the generated studies, read back with dicom-parser.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAll, generateBenchSeries, GROUND_TRUTH_FILE, MANIFEST_FILE, type Manifest } from './generate.ts';
import type { GroundTruth, SeriesTruth, StudyTruth } from './groundTruth.ts';
import { ctSeriesPlans } from './plans.ts';
import { numbers, readInstance, RLE_LOSSLESS, type ReadInstance } from './readback.ts';
import { writeSingleFrameSeries } from './singleFrameSeries.ts';
import { isValidUid } from './uids.ts';

let outDir = '';
let secondDir = '';
let truth: GroundTruth;
let manifest: Manifest;
const instances = new Map<string, ReadInstance>();

/** The CLI in a child process, so the determinism run overlaps with the in-process one on a second core. */
function runCli(out: string): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../..');
  return new Promise((resolve, reject) => {
    // cwd = repository root, where `--import tsx` resolves the installed tsx.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/generate-test-data.ts', '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generator CLI exited with ${code}: ${stderr}`))));
  });
}

let secondRun: Promise<void>;

beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'viable-synthetic-'));
  secondDir = mkdtempSync(path.join(tmpdir(), 'viable-synthetic-again-'));
  secondRun = runCli(secondDir);
  generateAll(outDir);
  truth = JSON.parse(readFileSync(path.join(outDir, GROUND_TRUTH_FILE), 'utf8')) as GroundTruth;
  manifest = JSON.parse(readFileSync(path.join(outDir, MANIFEST_FILE), 'utf8')) as Manifest;
}, 120_000);

afterAll(() => {
  for (const dir of [outDir, secondDir]) rmSync(dir, { recursive: true, force: true });
});

const seriesFiles = (series: SeriesTruth): string[] =>
  manifest.files.filter((file) => file.path.startsWith(`${series.folder}/`)).map((file) => file.path).sort();

function instance(relativePath: string): ReadInstance {
  const cached = instances.get(relativePath) ?? readInstance(path.join(outDir, relativePath));
  instances.set(relativePath, cached);
  return cached;
}

/** Frame `index` of a series (a file of a single-frame series, a frame of the multi-frame one). */
function frameOf(series: SeriesTruth, index: number) {
  const files = seriesFiles(series);
  const read = instance((series.numberOfFrames === null ? files[index] : files[0]) ?? '');
  const frame = read.frames[series.numberOfFrames === null ? 0 : index];
  if (!frame) throw new Error(`no frame ${index} in ${series.folder}`);
  return { read, frame };
}

function valueAt(series: SeriesTruth, sliceIndex: number, column: number, row: number): number {
  const { read, frame } = frameOf(series, sliceIndex);
  return (frame.pixels[row * read.columns + column] ?? NaN) * read.rescaleSlope + read.rescaleIntercept;
}

/** Mean of the 3 × 3 neighbourhood: noise σ/3, to compare structures without flaky overlaps. */
function meanAt(series: SeriesTruth, name: string): number {
  const voxel = series.namedVoxels.find((v) => v.name === name);
  if (!voxel) throw new Error(`${series.folder} has no named voxel ${name}`);
  let sum = 0;
  for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) sum += valueAt(series, voxel.sliceIndex, voxel.column + dc, voxel.row + dr);
  return sum / 9;
}

const allSeries = (): Array<[StudyTruth, SeriesTruth]> => truth.studies.flatMap((study) => study.series.map((s): [StudyTruth, SeriesTruth] => [study, s]));
const ctStudy = (timepoint: string): StudyTruth => truth.studies.find((s) => s.timepoint === timepoint) as StudyTruth;
const seriesOf = (study: StudyTruth, id: string): SeriesTruth => study.series.find((s) => s.id === id) as SeriesTruth;

describe('synthetic studies', () => {
  it('lists every written file in the manifest with its size, about 100 MB in all', () => {
    const onDisk = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.dcm')).map((p) => p.split(path.sep).join('/')).sort();
    expect(manifest.files.map((f) => f.path).sort()).toEqual(onDisk);
    for (const file of manifest.files) expect(statSync(path.join(outDir, file.path)).size).toBe(file.bytes);
    expect(manifest.files.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThan(110e6);
    expect(manifest.studies.map((s) => s.folder)).toEqual(truth.studies.map((s) => s.folder));
  });

  it('has the geometry the ground truth describes (positions step by the slice spacing along the normal)', () => {
    for (const [study, series] of allSeries()) {
      const files = seriesFiles(series);
      expect(files.length, series.folder).toBe(series.sliceCount);
      const frames = Array.from({ length: series.numberOfFrames ?? series.sliceCount }, (_, i) => frameOf(series, i));
      const first = frames[0]?.read.dataSet;
      if (!first) throw new Error('no frames');
      expect(first.string('x0020000d')).toBe(study.StudyInstanceUID);
      expect(first.string('x0020000e')).toBe(series.SeriesInstanceUID);
      expect(first.string('x00200052')).toBe(study.FrameOfReferenceUID);
      expect(first.string('x00080060')).toBe(series.modality);
      expect([first.uint16('x00280010'), first.uint16('x00280011')]).toEqual([series.rows, series.columns]);
      const shared = series.numberOfFrames === null ? first : first.elements.x52009229?.items?.[0]?.dataSet;
      const measures = series.numberOfFrames === null ? first : shared?.elements.x00289110?.items?.[0]?.dataSet;
      const orientation = series.numberOfFrames === null ? first : shared?.elements.x00209116?.items?.[0]?.dataSet;
      expect(measures && numbers(measures, 'x00280030')).toEqual(series.pixelSpacingMm);
      expect(measures && numbers(measures, 'x00180050')).toEqual([series.sliceSpacingMm]);
      expect(orientation && numbers(orientation, 'x00200037')).toEqual([1, 0, 0, 0, 1, 0]);
      frames.forEach(({ frame }, i) => {
        const previous = frames[i - 1]?.frame.imagePositionPatient;
        if (!previous) return;
        const [x, y, z] = frame.imagePositionPatient;
        expect([x, y]).toEqual(previous.slice(0, 2));
        // normal = row × column direction = +z; instances run superior to inferior
        expect((previous[2] ?? 0) - (z ?? 0)).toBeCloseTo(series.sliceSpacingMm, 6);
      });
    }
    expect(seriesOf(truth.studies.find((s) => s.id === 'MR_LIVER') as StudyTruth, 'T1_ART').pixelSpacingMm).toEqual([0.68, 0.9]);
  });

  it('uses valid, unique UIDs and a frame of reference per study', () => {
    const sopUids = manifest.files.map((file) => instance(file.path).dataSet.string('x00080018') ?? '');
    expect(new Set(sopUids).size).toBe(sopUids.length);
    const studyUids = truth.studies.flatMap((s) => [s.StudyInstanceUID, s.FrameOfReferenceUID, ...s.series.map((x) => x.SeriesInstanceUID)]);
    for (const uid of [...sopUids, ...studyUids]) expect(isValidUid(uid), uid).toBe(true);
    expect(new Set(truth.studies.map((s) => s.FrameOfReferenceUID)).size).toBe(truth.studies.length);
  });

  it('records contrast on ART/PV only, with acquisition times 35 s and 70 s after the bolus', () => {
    const seconds = (tm: string) => Number(tm.slice(0, 2)) * 3600 + Number(tm.slice(2, 4)) * 60 + Number(tm.slice(4, 6));
    for (const timepoint of ['BL', 'FU1', 'FU2']) {
      const study = ctStudy(timepoint);
      expect(frameOf(seriesOf(study, 'NC'), 0).read.dataSet.string('x00180010')).toBeUndefined();
      for (const [id, delay] of [['ART', 35], ['PV', 70]] as const) {
        const header = frameOf(seriesOf(study, id), 0).read.dataSet;
        expect(header.string('x00180010')).toBe('Iohexol 350');
        expect(seconds(header.string('x00080032') ?? '') - seconds(header.string('x00181042') ?? '')).toBe(delay);
      }
    }
  });

  it('has the expected value, within 4σ, and position at every named voxel', () => {
    const tissueOfName: Array<[RegExp, string]> = [
      [/^aortaCentre$/, 'aorta'], [/^ivc$/, 'ivc'], [/^portalVein$/, 'portalVein'], [/^liverParenchyma$/, 'liver'], [/^spleen$/, 'spleen'],
      [/^vertebralBody$/, 'boneCancellous'], [/^kidneyCortex$/, 'kidneyCortex'], [/^subcutaneousFat$/, 'fat'],
      [/ViableCentre$/, 'viable'], [/Lipiodol$/, 'lipiodol'], [/Necrosis$/, 'necrosis'],
    ];
    for (const [, series] of allSeries()) {
      expect(series.namedVoxels.length).toBeGreaterThan(5);
      for (const voxel of series.namedVoxels) {
        const label = `${series.folder} ${voxel.name}`;
        expect(tissueOfName.find(([pattern]) => pattern.test(voxel.name))?.[1], label).toBe(voxel.tissue);
        expect(Math.abs(valueAt(series, voxel.sliceIndex, voxel.column, voxel.row) - voxel.expectedValue), label).toBeLessThanOrEqual(4 * voxel.noiseSigma);
        const { read, frame } = frameOf(series, voxel.sliceIndex);
        expect(read.dataSet.string('x00080018')).toBe(voxel.SOPInstanceUID);
        const [x0 = 0, y0 = 0, z0 = 0] = frame.imagePositionPatient;
        const [rowSpacing, columnSpacing] = series.pixelSpacingMm;
        expect(x0 + voxel.column * columnSpacing).toBeCloseTo(voxel.positionMm[0], 3);
        expect(y0 + voxel.row * rowSpacing).toBeCloseTo(voxel.positionMm[1], 3);
        expect(z0).toBeCloseTo(voxel.positionMm[2], 3);
      }
    }
  });

  it('shows the phase signatures: arterial aorta, portal-venous veins, lipiodol, APHE and washout', () => {
    for (const timepoint of ['BL', 'FU1', 'FU2']) {
      const study = ctStudy(timepoint);
      const [nc, art, pv] = ['NC', 'ART', 'PV'].map((id) => seriesOf(study, id)) as [SeriesTruth, SeriesTruth, SeriesTruth];
      expect(meanAt(art, 'aortaCentre')).toBeGreaterThan(250);
      expect(meanAt(nc, 'aortaCentre')).toBeLessThan(70);
      expect(meanAt(pv, 'portalVein')).toBeGreaterThan(meanAt(pv, 'liverParenchyma') + 50);
      expect(meanAt(art, 'NT1ViableCentre')).toBeGreaterThan(meanAt(art, 'liverParenchyma') + 30); // APHE
      expect(meanAt(pv, 'NT1ViableCentre')).toBeLessThan(meanAt(pv, 'liverParenchyma') - 10); // washout
      if (timepoint !== 'BL') for (const s of [nc, art, pv]) expect(meanAt(s, 'T2Lipiodol')).toBeGreaterThan(300);
    }
    const fu2 = ctStudy('FU2');
    expect(meanAt(seriesOf(fu2, 'ART'), 'N1ViableCentre')).toBeGreaterThan(meanAt(seriesOf(fu2, 'ART'), 'liverParenchyma') + 30);
    expect(meanAt(seriesOf(fu2, 'PV'), 'N1ViableCentre')).toBeLessThan(meanAt(seriesOf(fu2, 'PV'), 'liverParenchyma') - 10);
  });

  it('puts lesion diameters exactly in the plane of the referenced ART slice, through viable tissue', () => {
    for (const lesion of truth.lesions) {
      for (const tp of lesion.timepoints) {
        const art = seriesOf(ctStudy(tp.timepoint), 'ART');
        const measured: Array<[typeof tp.viableEndpointsMm, typeof tp.viableSlice, number]> = [
          [tp.viableEndpointsMm, tp.viableSlice, tp.viableLongestDiameterMm], [tp.wholeEndpointsMm, tp.wholeSlice, tp.longestDiameterMm],
        ];
        for (const [endpoints, slice, length] of measured) {
          if (!endpoints || !slice) continue;
          const { read, frame } = frameOf(art, slice.sliceIndex);
          expect(read.dataSet.string('x00080018')).toBe(slice.SOPInstanceUID);
          for (const point of endpoints) expect(point[2]).toBe(frame.imagePositionPatient[2]);
          expect(Math.hypot(...endpoints[0].map((v, k) => v - (endpoints[1][k] ?? 0)))).toBeCloseTo(length, 3);
        }
        if (!tp.viableEndpointsMm || !tp.viableSlice) continue;
        const [p, q] = tp.viableEndpointsMm;
        const { frame } = frameOf(art, tp.viableSlice.sliceIndex);
        const [x0 = 0, y0 = 0] = frame.imagePositionPatient;
        for (let t = 0.15; t < 0.9; t += 0.1) {
          const column = Math.round((p[0] + (q[0] - p[0]) * t - x0) / art.pixelSpacingMm[1]);
          const row = Math.round((p[1] + (q[1] - p[1]) * t - y0) / art.pixelSpacingMm[0]);
          expect(Math.abs(valueAt(art, tp.viableSlice.sliceIndex, column, row) - 130), `${lesion.id} ${tp.timepoint} t=${t}`).toBeLessThanOrEqual(4 * art.noiseSigma);
        }
      }
    }
  });

  it('moves the same anatomy by exactly the difference of the table shifts between studies', () => {
    const nt1 = truth.lesions.find((l) => l.id === 'NT1');
    const [bl, fu1, fu2] = nt1?.timepoints.map((tp) => tp.centreMm) ?? [];
    const [sBL, sFU1, sFU2] = ['BL', 'FU1', 'FU2'].map((tp) => ctStudy(tp).tableShiftMm);
    for (let k = 0; k < 3; k++) {
      expect((fu1?.[k] ?? 0) - (bl?.[k] ?? 0)).toBeCloseTo((sFU1?.[k] ?? 0) - (sBL?.[k] ?? 0), 6);
      expect((fu2?.[k] ?? 0) - (bl?.[k] ?? 0)).toBeCloseTo((sFU2?.[k] ?? 0) - (sBL?.[k] ?? 0), 6);
    }
  });

  it('writes a well-formed multi-frame Enhanced CT', () => {
    const series = seriesOf(truth.studies.find((s) => s.id === 'ANGIO_TACE') as StudyTruth, 'CBCT');
    const { read } = frameOf(series, 0);
    expect(read.dataSet.string('x00080016')).toBe('1.2.840.10008.5.1.4.1.1.2.1');
    expect(read.dataSet.string('x00280008')).toBe('60');
    expect(read.dataSet.elements.x52009230?.items).toHaveLength(60);
    expect(read.dataSet.elements.x7fe00010?.length).toBe(60 * 256 * 256 * 2);
    expect([read.rescaleIntercept, read.rescaleSlope]).toEqual([-1024, 1]);
  });

  it('encodes the FU2 NC series as RLE Lossless that decodes to the uncompressed pixels', () => {
    const series = seriesOf(ctStudy('FU2'), 'NC');
    const plan = ctSeriesPlans().find((p) => p.studyKey === 'CT_FU2' && p.seriesKey === 'NC');
    if (!plan) throw new Error('no FU2 NC plan');
    const rawDir = mkdtempSync(path.join(tmpdir(), 'viable-rle-'));
    try {
      const raw = writeSingleFrameSeries({ ...plan, transferSyntax: 'explicit-little-endian' }, rawDir);
      seriesFiles(series).forEach((file, i) => {
        const rle = instance(file);
        expect(rle.transferSyntaxUID).toBe(RLE_LOSSLESS);
        const element = rle.dataSet.elements.x7fe00010;
        expect(element?.basicOffsetTable).toEqual([0]);
        expect(element?.fragments).toHaveLength(1);
        const decoded = rle.frames[0]?.pixels ?? new Uint16Array();
        const uncompressed = readInstance(path.join(rawDir, raw[i]?.path ?? '')).frames[0]?.pixels ?? new Uint16Array(1);
        // Byte comparison: toEqual walks typed arrays element by element and takes seconds here.
        expect(Buffer.from(decoded.buffer, decoded.byteOffset, decoded.byteLength).equals(Buffer.from(uncompressed.buffer, uncompressed.byteOffset, uncompressed.byteLength)), file).toBe(true);
      });
    } finally {
      rmSync(rawDir, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync('/usr/bin/dciodvfy'))('passes dciodvfy without errors on one file of each series', () => {
    for (const [, series] of allSeries()) {
      const file = path.join(outDir, seriesFiles(series)[0] ?? '');
      // dciodvfy reports on stderr and exits 0 even with errors; keep its output and look for "Error" lines.
      const output = execFileSync('/bin/sh', ['-c', 'dciodvfy "$1" 2>&1', 'sh', file], { encoding: 'utf8' });
      expect(output.split('\n').filter((line) => line.startsWith('Error')), series.folder).toEqual([]);
      if (existsSync('/usr/bin/dcmdump')) execFileSync('/usr/bin/dcmdump', ['-q', '+E', file]);
    }
  });

  it.runIf(existsSync('/usr/bin/dcmdrle'))('decodes RLE with DCMTK to the same pixels as our decoder', () => {
    const file = seriesFiles(seriesOf(ctStudy('FU2'), 'NC'))[17] ?? '';
    const decodedDir = mkdtempSync(path.join(tmpdir(), 'viable-dcmdrle-'));
    try {
      const decodedFile = path.join(decodedDir, 'IM.dcm');
      execFileSync('/usr/bin/dcmdrle', [path.join(outDir, file), decodedFile]);
      const [ours, theirs] = [instance(file), readInstance(decodedFile)].map((read) => read.frames[0]?.pixels ?? new Uint16Array());
      expect(theirs?.length).toBe(256 * 256);
      expect(Buffer.from(theirs?.buffer ?? new ArrayBuffer(0)).equals(Buffer.from(ours?.buffer ?? new ArrayBuffer(1)))).toBe(true);
    } finally {
      rmSync(decodedDir, { recursive: true, force: true });
    }
  });

  it('is deterministic: a second run (the CLI) gives byte-identical files, and the committed ground truth is current', async () => {
    await secondRun;
    const hash = (dir: string, file: string) => createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex');
    for (const file of [...manifest.files.map((f) => f.path), MANIFEST_FILE, GROUND_TRUTH_FILE]) {
      expect(hash(secondDir, file), file).toBe(hash(outDir, file));
    }
    const committed = path.resolve(import.meta.dirname, '../../test-data/synthetic/ground-truth.json');
    expect(readFileSync(committed, 'utf8')).toBe(readFileSync(path.join(outDir, GROUND_TRUTH_FILE), 'utf8'));
  }, 120_000);

  it('writes a benchmark series of N contiguous 1 mm slices', () => {
    const benchDir = mkdtempSync(path.join(tmpdir(), 'viable-bench-'));
    try {
      const files = generateBenchSeries(benchDir, 4);
      expect(files.map((f) => f.path)).toEqual(['IM0001.dcm', 'IM0002.dcm', 'IM0003.dcm', 'IM0004.dcm']);
      const z = files.map((f) => readInstance(path.join(benchDir, f.path)).frames[0]?.imagePositionPatient[2]);
      expect(z).toEqual([1.5, 0.5, -0.5, -1.5]);
    } finally {
      rmSync(benchDir, { recursive: true, force: true });
    }
  });
});
