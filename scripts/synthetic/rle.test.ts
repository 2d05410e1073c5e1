import { describe, expect, it } from 'vitest';
import { seedFromName } from './random.ts';
import { decodeRleFrame, encodeRleFrame } from './rle.ts';

function roundTrip(pixels: Uint16Array, rows: number, columns: number): Uint16Array {
  return decodeRleFrame(encodeRleFrame(pixels, rows, columns), rows, columns);
}

describe('RLE Lossless encoder (PS3.5 Annex G)', () => {
  it('round-trips noise, flat areas, long runs and odd widths', () => {
    // A hash of the index stands in for random pixels (deterministic, no PRNG state to share).
    const random = (i: number) => seedFromName(String(i)) / 4294967296;
    const cases: Array<[number, number, (i: number) => number]> = [
      [17, 301, (i) => Math.floor(random(i) * 65536)],
      [8, 300, () => 1024],
      [5, 3, (i) => (i % 2 ? 0 : 0xffff)],
      [3, 257, (i) => (i % 130 < 129 ? 7 : i)],
      [1, 1, () => 42],
    ];
    for (const [rows, columns, value] of cases) {
      const pixels = Uint16Array.from({ length: rows * columns }, (_, i) => value(i));
      expect(roundTrip(pixels, rows, columns)).toEqual(pixels);
    }
  });

  it('writes two segments (high byte first) of even length starting at byte 64', () => {
    const encoded = encodeRleFrame(Uint16Array.from([0x0102, 0x0102, 0x0102, 0x0304]), 1, 4);
    const header = new DataView(encoded.buffer);
    expect(header.getUint32(0, true)).toBe(2);
    const first = header.getUint32(4, true);
    const second = header.getUint32(8, true);
    expect(first).toBe(64);
    expect((second - first) % 2).toBe(0);
    expect(encoded.length % 2).toBe(0);
    // High bytes 01 01 01 03: replicate run of 3 (header −2 = 0xfe), then a literal of 1.
    expect([...encoded.subarray(first, first + 4)]).toEqual([0xfe, 0x01, 0x00, 0x03]);
  });

  it('never lets a run cross a row boundary', () => {
    const pixels = new Uint16Array(2 * 4).fill(9);
    const encoded = encodeRleFrame(pixels, 2, 4);
    // Per segment and row: one replicate run (0xfd = −3 → 4 bytes) of value 0 (high) or 9 (low).
    expect([...encoded.subarray(64, 68)]).toEqual([0xfd, 0, 0xfd, 0]);
  });
});
