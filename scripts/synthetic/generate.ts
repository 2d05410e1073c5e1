// Orchestration: render and write every series of the scenario, then the manifest
// the web app fetches file by file, and the ground truth.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CT_GRID, CT_NOISE_SIGMA_HU, CT_STUDIES, type CtSeriesSpec } from './description.ts';
import { cbctSeriesPlan, writeEnhancedCtSeries } from './enhancedCt.ts';
import { buildGroundTruth, type GroundTruth } from './groundTruth.ts';
import {
  ctSeriesAttributes, ctSeriesPlans, CT_RESCALE_INTERCEPT, gridAround, MAX_STORED_12_BIT, mrSeriesPlan, sceneAt, sliceHeights, type SeriesPlan,
} from './plans.ts';
import { valueTable } from './anatomy.ts';
import { createNoise, seedFromName } from './random.ts';
import { renderLabels } from './render.ts';
import { writeSingleFrameSeries, type WrittenFile } from './singleFrameSeries.ts';

export const MANIFEST_FILE = 'manifest.json';
export const GROUND_TRUTH_FILE = 'ground-truth.json';

export interface Manifest {
  files: WrittenFile[];
  studies: Array<{ folder: string; StudyInstanceUID: string; StudyDate: string; timepoint: string | null; description: string; series: Array<{ folder: string; description: string; files: number }> }>;
}

export function allSeriesPlans(): SeriesPlan[] {
  return [...ctSeriesPlans(), mrSeriesPlan(), cbctSeriesPlan()];
}

function writeSeries(plan: SeriesPlan, outDir: string): WrittenFile[] {
  return plan.multiFrame ? writeEnhancedCtSeries(plan, outDir) : writeSingleFrameSeries(plan, outDir);
}

export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function manifestOf(files: WrittenFile[], truth: GroundTruth): Manifest {
  return {
    files,
    studies: truth.studies.map((study) => ({
      folder: study.folder,
      StudyInstanceUID: study.StudyInstanceUID,
      StudyDate: study.StudyDate,
      timepoint: study.timepoint,
      description: study.StudyDescription,
      series: study.series.map((series) => ({
        folder: series.folder,
        description: series.SeriesDescription,
        files: files.filter((file) => file.path.startsWith(`${series.folder}/`)).length,
      })),
    })),
  };
}

/** Write the whole scenario under `outDir` (its study folders are replaced) and return what was written. */
export function generateAll(outDir: string): { files: WrittenFile[]; groundTruth: GroundTruth } {
  const plans = allSeriesPlans();
  const truth = buildGroundTruth(plans);
  for (const study of truth.studies) rmSync(path.join(outDir, study.folder), { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = plans.flatMap((plan) => writeSeries(plan, outDir));
  writeFileSync(path.join(outDir, GROUND_TRUTH_FILE), toJson(truth));
  writeFileSync(path.join(outDir, MANIFEST_FILE), toJson(manifestOf(files, truth)));
  return { files, groundTruth: truth };
}

/**
 * One long arterial CT series of `sliceCount` 1 mm slices centred on the liver, written straight into
 * `outDir` (IM0001.dcm …), for loading benchmarks. Slices beyond the liver show the body cylinder only.
 */
export function generateBenchSeries(outDir: string, sliceCount: number): WrittenFile[] {
  const [study] = CT_STUDIES;
  const series: CtSeriesSpec | undefined = study?.series.find((s) => s.id === 'ART');
  if (!study || !series) throw new Error('scenario has no baseline arterial series');
  const bench: CtSeriesSpec = { ...series, description: `BENCH ${sliceCount} x 1mm`, sliceSpacingMm: 1 };
  const grid = gridAround(CT_GRID.rows, CT_GRID.columns, CT_GRID.pixelSpacingMm, CT_GRID.pixelSpacingMm, [0, 0], study.tableShiftMm);
  const shapes = sceneAt(study.timepoint);
  const info = { key: `BENCH_${sliceCount}`, date: study.date, time: '120000', description: 'BENCHMARK', studyId: 'BENCH' };
  // Remove only slices of an earlier, longer run: outDir may be any folder the caller names.
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) if (/^IM\d{4,}\.dcm$/.test(name)) rmSync(path.join(outDir, name));
  return writeSingleFrameSeries({
    studyKey: info.key, seriesKey: 'ART', folder: '', grid,
    zPositionsMm: sliceHeights((sliceCount - 1) / 2, sliceCount, 1), tableShiftMm: study.tableShiftMm,
    labelsAt: (zMm) => renderLabels(grid, shapes, zMm), // no cache: thousands of slices, each used once
    mapping: { values: valueTable('ct-arterial'), noise: createNoise(seedFromName(info.key), CT_NOISE_SIGMA_HU), rescaleIntercept: CT_RESCALE_INTERCEPT, maxStored: MAX_STORED_12_BIT },
    transferSyntax: 'explicit-little-endian',
    attributes: ctSeriesAttributes(info, bench, CT_GRID.rows, CT_GRID.columns),
  }, outDir);
}
