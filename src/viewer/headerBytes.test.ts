import { parseDicom } from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { IMPLICIT_VR_LE, makeDicom } from '../dicom/testing/makeDicom';
import { headerBytes } from './headerBytes';

const TAGS = { Rows: 4, Columns: 4, BitsAllocated: 16, BitsStored: 12, SamplesPerPixel: 1, PixelRepresentation: 0, PhotometricInterpretation: 'MONOCHROME2', SeriesDescription: 'ARTERIAL', ImageOrientationPatient: [1, 0, 0, 0, 1, 0] };

describe('headerBytes', () => {
  it.each([
    ['explicit VR', undefined],
    ['implicit VR', IMPLICIT_VR_LE],
  ])('keeps every header element and drops the pixels (%s)', (_label, transferSyntaxUID) => {
    const file = makeDicom(TAGS, { transferSyntaxUID });
    const full = parseDicom(file);
    const header = headerBytes(full);
    expect(header.byteLength).toBe(full.elements.x7fe00010!.dataOffset - (transferSyntaxUID ? 8 : 12));
    expect(header.buffer).not.toBe(file.buffer);
    const reparsed = parseDicom(header);
    expect(reparsed.elements.x7fe00010).toBeUndefined();
    expect(reparsed.string('x0008103e')).toBe('ARTERIAL');
    expect(reparsed.uint16('x00280010')).toBe(4);
    expect(reparsed.string('x00200037')).toBe(full.string('x00200037'));
    expect(Object.keys(reparsed.elements).sort()).toEqual(Object.keys(full.elements).filter((tag) => tag !== 'x7fe00010').sort());
  });

  it('copies a file without pixel data whole', () => {
    const file = makeDicom({ SeriesDescription: 'REPORT' }, { noPixelData: true });
    expect(headerBytes(parseDicom(file))).toEqual(file);
  });
});
