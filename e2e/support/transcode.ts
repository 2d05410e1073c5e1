/**
 * Copies of one demo slice in other transfer syntaxes and pixel encodings,
 * written with Debian's dcmtk (dcmconv, dcmcrle, dcmcjpeg, dcmcjpls, dcmodify,
 * dcmdump) for browser tests of the decoders. Each copy gets its own SOP and
 * Series Instance UIDs and a SeriesDescription naming it, so that several
 * copies can be opened at once and picked in the study browser.
 *
 * dcmtk 3.6.7 writes no JPEG 2000: those copies are encoded in Node with the
 * OpenJPEG / OpenJPH WebAssembly encoders that ship with the image loader's
 * codecs (lossless, checked by decoding them back here) and encapsulated by hand.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
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
  /** WebAssembly encoder used instead of a dcmtk tool (JPEG 2000 family). */
  codec?: CodecName;
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
  // Not dcmtk: encoded with the codec packages' own encoders, reversible (lossless) by default.
  jpeg2000Lossless: { key: 'jpeg2000-lossless', uid: '1.2.840.10008.1.2.4.90', codec: 'openjpeg', maxErrorHu: 0 },
  htj2kLossless: { key: 'htj2k-lossless', uid: '1.2.840.10008.1.2.4.201', codec: 'openjph', maxErrorHu: 0 },
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

type CodecName = 'openjpeg' | 'openjph';

export const dcmtkTool = (name: string): string => path.join(DCMTK_DIR, name);

function run(tool: string, args: string[]): string {
  if (!existsSync(dcmtkTool(tool))) throw new Error(`${dcmtkTool(tool)} is missing: install Debian's dcmtk (scripts/run-tests.mjs does as root)`);
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
export async function transcode(source: string, dir: string, syntax: TargetSyntax, variant: PixelVariant = 'unsigned'): Promise<TranscodedCopy> {
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
  if (syntax.codec) writeFileSync(file, encapsulated(readFileSync(prepared), syntax.uid, await encodeFrame(prepared, syntax.codec)));
  else if (syntax.tool) run(syntax.tool, [...(syntax.args ?? []), prepared, file]);
  else copyFileSync(prepared, file);
  const declared = transferSyntaxOf(file);
  if (declared !== syntax.uid) throw new Error(`${syntax.tool ?? 'copy'} wrote ${declared}, not ${syntax.uid}, into ${file}`);
  return { file, seriesDescription, syntax, variant };
}

/** The frame geometry the encoders need, read from an explicit VR LE file with dcmdump. */
function frameInfo(file: string) {
  const dump = run('dcmdump', ['-q', '+P', '0028,0010', '+P', '0028,0011', '+P', '0028,0101', '+P', '0028,0103', file]);
  const us = (tag: string): number => {
    const value = new RegExp(`\\(${tag}\\) US (\\d+)`).exec(dump)?.[1];
    if (value === undefined) throw new Error(`no (${tag}) in ${file}`);
    return Number(value);
  };
  return {
    width: us('0028,0011'),
    height: us('0028,0010'),
    bitsPerSample: us('0028,0101'),
    componentCount: 1,
    isSigned: us('0028,0103') === 1,
    isUsingColorTransform: false,
  };
}

type FrameInfo = ReturnType<typeof frameInfo>;
interface WasmEncoder {
  getDecodedBuffer(info: FrameInfo): Uint8Array;
  encode(): void;
  getEncodedBuffer(): Uint8Array;
}
interface WasmDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  decode(): void;
  getDecodedBuffer(): Uint8Array;
}
type CodecModule = Record<string, new () => WasmEncoder & WasmDecoder>;

const CODECS: Record<CodecName, { module: string; encoder: string; decoder: string }> = {
  openjpeg: { module: '@cornerstonejs/codec-openjpeg', encoder: 'J2KEncoder', decoder: 'J2KDecoder' },
  openjph: { module: '@cornerstonejs/codec-openjph', encoder: 'HTJ2KEncoder', decoder: 'HTJ2KDecoder' },
};

const loadedCodecs: Partial<Record<CodecName, Promise<CodecModule>>> = {};

function loadCodec(module: string): Promise<CodecModule> {
  // The codecs come with @cornerstonejs/dicom-image-loader; their CommonJS entry is an Emscripten factory.
  const factory = createRequire(import.meta.url)(module) as (options: object) => Promise<CodecModule>;
  const quiet = (): void => undefined; // OpenJPEG logs "[INFO] …" for every decode
  return factory({ print: quiet, printErr: quiet });
}

/**
 * Encodes the native pixels of `file` with `codec` (default settings: reversible
 * wavelet, i.e. lossless) and checks, by decoding the codestream back, that no sample changed.
 */
async function encodeFrame(file: string, codec: CodecName): Promise<Uint8Array> {
  const { module, encoder: encoderName, decoder: decoderName } = CODECS[codec];
  const wasm = await (loadedCodecs[codec] ??= loadCodec(module));
  const bytes = readFileSync(file);
  const { offset, length } = nativePixelData(bytes);
  const pixels = bytes.subarray(offset, offset + length);
  const encoder = new wasm[encoderName]!();
  encoder.getDecodedBuffer(frameInfo(file)).set(pixels);
  encoder.encode();
  const encoded = encoder.getEncodedBuffer().slice();
  const decoder = new wasm[decoderName]!();
  decoder.getEncodedBuffer(encoded.length).set(encoded);
  decoder.decode();
  if (!Buffer.from(decoder.getDecodedBuffer()).equals(pixels)) throw new Error(`${codec} did not encode ${file} losslessly`);
  return encoded;
}

/** Offset just past the file meta group (0002), whose elements are explicit VR LE. */
function metaGroupEnd(bytes: Buffer): number {
  let offset = 132; // preamble + "DICM"
  while (bytes.readUInt16LE(offset) === 0x0002) {
    const vr = bytes.toString('latin1', offset + 4, offset + 6);
    offset += ['OB', 'OW', 'UN', 'SQ', 'UT', 'UC', 'UR'].includes(vr) ? 12 + bytes.readUInt32LE(offset + 8) : 8 + bytes.readUInt16LE(offset + 6);
  }
  return offset;
}

/** An explicit VR LE element with a short (16-bit) length. */
function element(group: number, elementNumber: number, vr: string, value: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt16LE(group, 0);
  header.writeUInt16LE(elementNumber, 2);
  header.write(vr, 4, 'latin1');
  header.writeUInt16LE(value.length, 6);
  return Buffer.concat([header, value]);
}

/**
 * `file` (explicit VR LE, native pixels last) with `frame` as encapsulated Pixel Data
 * (PS3.5 A.4: empty Basic Offset Table, one fragment) and `uid` as transfer syntax.
 */
function encapsulated(file: Buffer, uid: string, frame: Uint8Array): Buffer {
  const metaEnd = metaGroupEnd(file);
  const { offset: pixelValue } = nativePixelData(file);
  // Group 0002 again, with (0002,0010) replaced and (0002,0000) recomputed.
  const kept: Buffer[] = [];
  let offset = 132;
  while (offset < metaEnd) {
    const vr = file.toString('latin1', offset + 4, offset + 6);
    const long = ['OB', 'OW', 'UN', 'SQ', 'UT', 'UC', 'UR'].includes(vr);
    const next = offset + (long ? 12 + file.readUInt32LE(offset + 8) : 8 + file.readUInt16LE(offset + 6));
    const elementNumber = file.readUInt16LE(offset + 2);
    if (elementNumber === 0x0010) kept.push(element(2, 0x10, 'UI', Buffer.from(uid.length % 2 ? `${uid}\0` : uid, 'latin1')));
    else if (elementNumber !== 0x0000) kept.push(file.subarray(offset, next));
    offset = next;
  }
  const groupLength = Buffer.alloc(4);
  groupLength.writeUInt32LE(kept.reduce((sum, b) => sum + b.length, 0));
  const fragment = frame.length % 2 ? Buffer.concat([frame, Buffer.alloc(1)]) : Buffer.from(frame);
  const item = (length: number) => {
    const header = Buffer.alloc(8);
    header.writeUInt16LE(0xfffe, 0);
    header.writeUInt16LE(0xe000, 2);
    header.writeUInt32LE(length, 4);
    return header;
  };
  const pixelHeader = Buffer.from([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x42, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff]); // (7FE0,0010) OB, undefined length
  const delimiter = Buffer.from([0xfe, 0xff, 0xdd, 0xe0, 0, 0, 0, 0]);
  return Buffer.concat([
    file.subarray(0, 132),
    element(2, 0x0000, 'UL', groupLength),
    ...kept,
    file.subarray(metaEnd, pixelValue - 12),
    pixelHeader,
    item(0),
    item(fragment.length),
    fragment,
    delimiter,
  ]);
}
