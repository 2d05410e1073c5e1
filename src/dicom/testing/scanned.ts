import { parseHeader } from '../parseHeader';
import type { ScannedInstance } from '../types';
import { makeDicom } from './makeDicom';

/** Test helper: a DICOM file written with `tags`, parsed back as a scanned instance with the given fileId. */
export function scanned(fileId: string, tags: Record<string, unknown>): ScannedInstance {
  const result = parseHeader(makeDicom(tags));
  if (!result.ok) throw new Error(JSON.stringify(result.reason));
  return { ...result.instance, fileId, path: `${fileId}.dcm` };
}
