import { headerFromAttributes } from './headerFromDataSet';
import { dicomJsonReader, type DicomJsonDataSet } from './dicomJsonReader';
import { acceptedHeader, nonImageReason } from './parseHeader';
import type { ParseResult } from './types';

// Pixel Data, Float Pixel Data, Double Float Pixel Data.
const PIXEL_DATA_TAGS = ['7FE00010', '7FE00008', '7FE00009'];
const AVAILABLE_TRANSFER_SYNTAX = 'x00083002';

/**
 * The header of one instance from its DICOM JSON metadata (WADO-RS `…/metadata`),
 * mapped exactly as a Part 10 file's header is ({@link headerFromAttributes}), so
 * that a study opened from a PACS builds the same index as the same files opened
 * from a folder. DICOM JSON carries no File Meta Information: TransferSyntaxUID is
 * the server's Available Transfer Syntax UID (0008,3002) when it sends one, else
 * empty until the instance itself is retrieved.
 */
export function headerFromDicomJson(json: DicomJsonDataSet): ParseResult {
  const reader = dicomJsonReader(json);
  const sopClassUID = reader.text('x00080016');
  const skipReason = nonImageReason(sopClassUID);
  if (skipReason) return { ok: false, reason: skipReason };
  if (!PIXEL_DATA_TAGS.some((tag) => json[tag])) return { ok: false, reason: { code: 'not-an-image', sopClassUid: sopClassUID } };
  return acceptedHeader(headerFromAttributes(reader, reader.text(AVAILABLE_TRANSFER_SYNTAX) ?? ''));
}
