/**
 * What a printed PDF holds, read with poppler (Debian's `poppler-utils`): its text,
 * where words sit on which page, and the grey levels of a page region.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The PDF's text in reading order (`pdftotext -layout`). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export interface PdfWord {
  /** 1-based page number. */
  page: number;
  text: string;
  /** Box in points from the page's top-left corner. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its page and box (`pdftotext -bbox`). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  html.split('<page ').slice(1).forEach((pageHtml, index) => {
    for (const m of pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: index + 1, text: m[5]!, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
  });
  return words;
}

export interface RegionStats {
  mean: number;
  stdDev: number;
  /** Share of pixels darker than 40 and brighter than 215 (0–1). */
  darkShare: number;
  brightShare: number;
}

/** Grey-level statistics of a region (points, top-left origin) of one page, rendered at 72 dpi so that 1 px = 1 pt. */
export function pageRegionStats(file: string, page: number, region: { x: number; y: number; width: number; height: number }): RegionStats {
  const dir = mkdtempSync(path.join(tmpdir(), 'viable-pdf-'));
  try {
    const prefix = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
    const pgm = readFileSync(`${prefix}.pgm`);
    // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PGM');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    const values: number[] = [];
    for (let y = Math.max(0, Math.round(region.y)); y < Math.min(height, Math.round(region.y + region.height)); y++) {
      for (let x = Math.max(0, Math.round(region.x)); x < Math.min(width, Math.round(region.x + region.width)); x++) values.push(pixels[y * width + x]!);
    }
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const stdDev = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    return {
      mean,
      stdDev,
      darkShare: values.filter((v) => v < 40).length / values.length,
      brightShare: values.filter((v) => v > 215).length / values.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
