/**
 * Copies of one demo slice in other transfer syntaxes and pixel encodings,
 * written with Debian's dcmtk (dcmconv, dcmcrle, dcmcjpeg, dcmcjpls, dcmodify,
 * dcmdump) for browser tests of the decoders. Each copy gets its own SOP and
 * Series Instance UIDs and a SeriesDescription naming it, so that several
 * copies can be opened at once and picked in the study browser.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DCMTK_DIR = '/usr/bin';

/** A transfer syntax a dcmtk tool writes, and how close its pixels come back. */
export interface TargetSyntax {
  /** Short name, used in file names and SeriesDescriptions. */
  key: string;
  uid: string;
  /** dcmtk tool and its options, run as `tool ...args in out`; undefined when the explicit VR LE source is kept. */
  tool?: string;
  args?: string[];
  /**
   * Largest |decoded HU − source HU| the syntax may produce at one voxel: 0 for
   * lossless syntaxes. Lossy bounds are what dcmtk's defaults give on the demo data, with margin.
   */
  maxErrorHu: number;
}

export const SYNTAXES = {
  explicitLE: { key: 'explicit-le', uid: '1.2.840.10008.1.2.1', maxErrorHu: 0 },
  implicitLE: { key: 'implicit-le', uid: '1.2.840.10008.1.2', tool: 'dcmconv', args: ['+ti'], maxErrorHu: 0 },
  bigEndian: { key: 'big-endian', uid: '1.2.840.10008.1.2.2', tool: 'dcmconv', args: ['+tb'], maxErrorHu: 0 },
  deflated: { key: 'deflated', uid: '1.2.840.10008.1.2.1.99', tool: 'dcmconv', args: ['+td'], maxErrorHu: 0 },
  rle: { key: 'rle', uid: '1.2.840.10008.1.2.5', tool: 'dcmcrle', args: [], maxErrorHu: 0 },
  jpegLosslessSV1: { key: 'jpeg-lossless-sv1', uid: '1.2.840.10008.1.2.4.70', tool: 'dcmcjpeg', args: ['+e1'], maxErrorHu: 0 },
  jpegLossless: { key: 'jpeg-lossless', uid: '1.2.840.10008.1.2.4.57', tool: 'dcmcjpeg', args: ['+el'], maxErrorHu: 0 },
  jpegLsLossless: { key: 'jpeg-ls-lossless', uid: '1.2.840.10008.1.2.4.80', tool: 'dcmcjpls', args: ['+el'], maxErrorHu: 0 },
  // NEAR=2: every sample within 2 of the original by definition of JPEG-LS near-lossless.
  jpegLsNearLossless: { key: 'jpeg-ls-near', uid: '1.2.840.10008.1.2.4.81', tool: 'dcmcjpls', args: ['+en', '+md', '2'], maxErrorHu: 2 },
  // 12-bit extended sequential, IJG quality 90.
  jpegExtended: { key: 'jpeg-extended-12bit', uid: '1.2.840.10008.1.2.4.51', tool: 'dcmcjpeg', args: ['+ee'], maxErrorHu: 32 },
  // 8-bit baseline: dcmtk rescales the 12-bit range into 8 bits (RescaleSlope ≈ 8), then quality 90.
  jpegBaseline: { key: 'jpeg-baseline-8bit', uid: '1.2.840.10008.1.2.4.50', tool: 'dcmcjpeg', args: ['+eb'], maxErrorHu: 48 },
} as const satisfies Record<string, TargetSyntax>;

/** Pixel encodings of the source slice before it is compressed. */
export type PixelVariant =
  /** As generated: unsigned, BitsStored 12, RescaleIntercept −1024, MONOCHROME2. */
  | 'unsigned'
  /** Signed 16-bit: stored = original − 1000, RescaleIntercept −24, so HU are unchanged and air is negative. */
  | 'signed'
  /** PhotometricInterpretation MONOCHROME1: same values, displayed inverted. */
  | 'monochrome1';

/** Intercept of the signed variant: HU = (original − SIGNED_SHIFT) + SIGNED_INTERCEPT = original − 1024. */
const SIGNED_SHIFT = 1000;
const SIGNED_INTERCEPT = -24;

export const dcmtkTool = (name: string): string => path.join(DCMTK_DIR, name);

/** Whether a dcmtk tool is installed (e.g. dcmcj2k, which Debian's dcmtk 3.6.7 lacks). */
export const hasDcmtkTool = (name: string): boolean => existsSync(dcmtkTool(name));

function run(tool: string, args: string[]): string {
  return execFileSync(dcmtkTool(tool), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A fresh UID under the 2.25 root (UUID-derived, PS3.5 B.2). */
export function newUid(): string {
  return `2.25.${BigInt(`0x${randomBytes(16).toString('hex')}`).toString(10)}`;
}

/** The transfer syntax UID in a file's meta header, as dcmdump reads it. */
export function transferSyntaxOf(file: string): string {
  const line = run('dcmdump', ['-M', '-Un', '+P', '0002,0010', file]);
  const uid = /\[([\d.]+)\]/.exec(line)?.[1];
  if (!uid) throw new Error(`dcmdump found no transfer syntax in ${file}: ${line}`);
  return uid;
}

/** The PixelData element of an explicit VR LE file with native (OW) pixels: offset of its value and its length. */
function nativePixelData(bytes: Buffer): { offset: number; length: number } {
  // PixelData (7FE0,0010) OW, reserved, 32-bit length; the last element of these files.
  const tag = Buffer.from([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x57, 0x00, 0x00]);
  const at = bytes.lastIndexOf(tag);
  if (at < 0) throw new Error('no native OW PixelData');
  const length = bytes.readUInt32LE(at + 8);
  if (at + 12 + length !== bytes.length) throw new Error('PixelData is not the last element');
  return { offset: at + 12, length };
}

/** Value of the voxel (column, row) in HU, read from an explicit VR LE source with native unsigned 16-bit pixels. */
export function sourceHu(file: string, column: number, row: number, columns: number, rescale: { slope: number; intercept: number }): number {
  const bytes = readFileSync(file);
  const { offset } = nativePixelData(bytes);
  return bytes.readUInt16LE(offset + 2 * (row * columns + column)) * rescale.slope + rescale.intercept;
}

export interface TranscodedCopy {
  file: string;
  seriesDescription: string;
  syntax: TargetSyntax;
  variant: PixelVariant;
}

/**
 * Writes `source` (explicit VR LE, unsigned 16-bit allocated) into `dir` as a
 * copy in `variant` encoding and `syntax`, with new UIDs and the
 * SeriesDescription `TS <variant> <syntax>`, and checks with dcmdump that the
 * file declares the syntax. Throws with dcmtk's message when a tool fails.
 */
export function transcode(source: string, dir: string, syntax: TargetSyntax, variant: PixelVariant = 'unsigned'): TranscodedCopy {
  const name = `${variant}-${syntax.key}`;
  const seriesDescription = `TS ${variant} ${syntax.key}`;
  const prepared = path.join(dir, `${name}.src.dcm`);
  copyFileSync(source, prepared);
  const modify = [
    ['(0008,0018)', newUid()],
    ['(0020,000e)', newUid()],
    ['(0008,103e)', seriesDescription],
    ...(variant === 'monochrome1' ? [['(0028,0004)', 'MONOCHROME1']] : []),
    ...(variant === 'signed'
      ? [
          ['(0028,0101)', '16'],
          ['(0028,0102)', '15'],
          ['(0028,0103)', '1'],
          ['(0028,1052)', String(SIGNED_INTERCEPT)],
        ]
      : []),
  ].flatMap(([tag, value]) => ['-m', `${tag}=${value}`]);
  // -nb: no .bak copy; the meta header's MediaStorageSOPInstanceUID follows (0008,0018).
  run('dcmodify', ['-nb', ...modify, prepared]);
  if (variant === 'signed') {
    const bytes = readFileSync(prepared);
    const { offset, length } = nativePixelData(bytes);
    for (let at = offset; at < offset + length; at += 2) bytes.writeInt16LE(bytes.readUInt16LE(at) - SIGNED_SHIFT, at);
    writeFileSync(prepared, bytes);
  }
  const file = path.join(dir, `${name}.dcm`);
  if (syntax.tool) run(syntax.tool, [...(syntax.args ?? []), prepared, file]);
  else copyFileSync(prepared, file);
  const declared = transferSyntaxOf(file);
  if (declared !== syntax.uid) throw new Error(`${syntax.tool ?? 'copy'} wrote ${declared}, not ${syntax.uid}, into ${file}`);
  return { file, seriesDescription, syntax, variant };
}
