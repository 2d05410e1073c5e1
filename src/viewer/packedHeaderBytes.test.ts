import { parseDicom } from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { makeDicom } from '../dicom/testing/makeDicom';
import { headerBytes } from './headerBytes';
import { ownBytes, packHeaderBytes, unpackHeaderBytes, type PackedHeaderBytes } from './packedHeaderBytes';

const slice = (index: number, description = 'CT') =>
  parseDicom(headerBytes(parseDicom(makeDicom({ SeriesDescription: description, InstanceNumber: index, Rows: 8, Columns: 6, ImagePositionPatient: [1.5, -2, 30 + index * 1.25] }))));

describe('packHeaderBytes', () => {
  it('keeps the first header whole and packs the slices after it into far fewer bytes of their own, giving each back byte for byte', () => {
    const headers = Array.from({ length: 12 }, (_, i) => slice(i + 1));
    const packed = headers.map((header) => packHeaderBytes(header.byteArray, header.elements));
    expect(packed[0]).toBe(headers[0]!.byteArray);
    for (const [i, kept] of packed.entries()) {
      if (kept instanceof Uint8Array) continue;
      expect(kept.ownLength).toBeLessThan(headers[i]!.byteArray.length / 4);
      expect(Array.from(unpackHeaderBytes(kept))).toEqual(Array.from(headers[i]!.byteArray));
    }
    expect(packed.filter((kept) => !(kept instanceof Uint8Array))).toHaveLength(11);
  });

  it('keeps whole, as the next reference, a header that shares less than half its bytes with the last one', () => {
    const first = slice(1);
    packHeaderBytes(first.byteArray, first.elements);
    const other = parseDicom(headerBytes(parseDicom(makeDicom({ Modality: 'MR', SeriesDescription: 'A MUCH LONGER DESCRIPTION OF ANOTHER SERIES', PatientName: 'OTHER^PATIENT', Rows: 16, Columns: 16 }))));
    const kept = packHeaderBytes(other.byteArray, other.elements);
    if (!(kept instanceof Uint8Array)) expect(Array.from(unpackHeaderBytes(kept))).toEqual(Array.from(other.byteArray));
    const next = slice(2);
    const packed = packHeaderBytes(next.byteArray, next.elements);
    expect(Array.from(packed instanceof Uint8Array ? packed : unpackHeaderBytes(packed))).toEqual(Array.from(next.byteArray));
  });

  it("keeps the packed headers' runs and own bytes in shared buffers, not in one buffer each", () => {
    const headers = Array.from({ length: 6 }, (_, i) => slice(i + 100, 'SHARED'));
    const packed = headers.map((header) => packHeaderBytes(header.byteArray, header.elements)).filter((kept): kept is PackedHeaderBytes => !(kept instanceof Uint8Array));
    expect(packed.length).toBeGreaterThan(2);
    const buffers = new Set(packed.flatMap((kept) => [kept.runs.buffer, ownBytes(kept).buffer]));
    expect(buffers.size).toBe(1);
    for (const kept of packed) expect(ownBytes(kept).length).toBe(kept.ownLength);
  });
});
