// The series a rehearsal of the first pick opens (see actions/rehearseFirstPick): a few
// synthetic CT slices written in memory, never shown to the reader. Written here rather than
// with dcmjs: dcmjs builds its 5,000-name dictionary on first use, which the page would then
// hold for its whole life (0.4 MB of a heap the memory goal counts), while nothing else on a
// first load uses dcmjs.
import { encodeElement, part10File, uidValue } from './part10';

/** Its own UID root (2.25 and a fixed number): no real study can share its UIDs. */
const UID_ROOT = '2.25.84736251940217';
const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';

/** The folder the files seem to come from. */
export const REHEARSAL_FOLDER = 'viable-rehearsal';

const text = (value: string) => new TextEncoder().encode(value.length % 2 ? `${value} ` : value);
const unsignedShort = (value: number) => new Uint8Array(new Uint16Array([value]).buffer);

/**
 * `slices` axial CT slices of `size` × `size` 12-bit pixels (a real CT's matrix at 512, so
 * that the loops of decoding and drawing run over as many pixels as a reader's first image),
 * with full geometry, as {file, path} pairs the way a folder pick lists them.
 */
export function rehearsalSeries(slices: number, size: number): Array<{ file: File; path: string }> {
  const pixels = new Uint16Array(size * size);
  // A gradient with some texture: the decoder and the window have real values to work on.
  for (let i = 0; i < pixels.length; i++) pixels[i] = 900 + ((i * 7) % 1200);
  const pixelBytes = new Uint8Array(pixels.buffer);
  return Array.from({ length: slices }, (_, i) => {
    const name = `IM${i + 1}`;
    const sopInstanceUid = `${UID_ROOT}.3.${i + 1}`;
    // In tag order, as a data set must be.
    const dataSet = [
      encodeElement(0x00080016, 'UI', uidValue(CT_IMAGE_STORAGE)),
      encodeElement(0x00080018, 'UI', uidValue(sopInstanceUid)),
      encodeElement(0x00080020, 'DA', text('20000101')),
      encodeElement(0x00080060, 'CS', text('CT')),
      encodeElement(0x00100010, 'PN', text('Rehearsal')),
      encodeElement(0x00100020, 'LO', text('REHEARSAL')),
      encodeElement(0x00180050, 'DS', text('2.5')),
      encodeElement(0x0020000d, 'UI', uidValue(`${UID_ROOT}.1`)),
      encodeElement(0x0020000e, 'UI', uidValue(`${UID_ROOT}.2`)),
      encodeElement(0x00200011, 'IS', text('1')),
      encodeElement(0x00200013, 'IS', text(String(i + 1))),
      encodeElement(0x00200032, 'DS', text(`0\\0\\${i * 2.5}`)),
      encodeElement(0x00200037, 'DS', text('1\\0\\0\\0\\1\\0')),
      encodeElement(0x00200052, 'UI', uidValue(`${UID_ROOT}.4`)),
      encodeElement(0x00280002, 'US', unsignedShort(1)),
      encodeElement(0x00280004, 'CS', text('MONOCHROME2')),
      encodeElement(0x00280010, 'US', unsignedShort(size)),
      encodeElement(0x00280011, 'US', unsignedShort(size)),
      encodeElement(0x00280030, 'DS', text('0.7\\0.7')),
      encodeElement(0x00280100, 'US', unsignedShort(16)),
      encodeElement(0x00280101, 'US', unsignedShort(12)),
      encodeElement(0x00280102, 'US', unsignedShort(11)),
      encodeElement(0x00280103, 'US', unsignedShort(0)),
      encodeElement(0x00281050, 'DS', text('40')),
      encodeElement(0x00281051, 'DS', text('400')),
      encodeElement(0x00281052, 'DS', text('-1024')),
      encodeElement(0x00281053, 'DS', text('1')),
      encodeElement(0x7fe00010, 'OW', pixelBytes),
    ];
    const file = new File([part10File(CT_IMAGE_STORAGE, sopInstanceUid, UID_ROOT, dataSet)], name, { type: 'application/dicom' });
    return { file, path: `${REHEARSAL_FOLDER}/${name}` };
  });
}
