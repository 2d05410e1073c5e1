import { dicomJsonReader, type DicomJsonDataSet } from '../../dicom';

/** What the reader searches for; empty fields match everything. Dates are ISO `YYYY-MM-DD`. */
export interface StudyQuery {
  patientName: string;
  patientId: string;
  dateFrom: string;
  dateTo: string;
  /** '' for any modality. */
  modality: '' | 'CT' | 'MR';
}

export const EMPTY_STUDY_QUERY: StudyQuery = { patientName: '', patientId: '', dateFrom: '', dateTo: '', modality: '' };

/** One study as a QIDO-RS search lists it. */
export interface StudySummary {
  StudyInstanceUID: string;
  PatientName: string;
  PatientID: string;
  /** DICOM DA `YYYYMMDD`, '' when the server gives none. */
  StudyDate: string;
  StudyDescription: string;
  ModalitiesInStudy: string[];
  NumberOfStudyRelatedInstances?: number;
}

/** One page of a study search. */
export interface StudyPage {
  studies: StudySummary[];
  /** Index of the first study of this page in the whole result. */
  offset: number;
  /** True when the server has studies past this page. */
  hasMore: boolean;
}

// Returned with every study so that the list can show them (QIDO-RS includefield).
const INCLUDE_FIELDS = ['00081030', '00080061', '00201208'];

const dicomDate = (iso: string): string => iso.replaceAll('-', '');

/** A name as QIDO matches it: what the reader typed, as a prefix unless it has wildcards of its own. */
function prefixMatch(text: string): string {
  const trimmed = text.trim();
  return /[*?]/.test(trimmed) ? trimmed : `${trimmed}*`;
}

/**
 * The QIDO-RS query parameters of one page of `query` (PS3.18 8.3.4). One study
 * more than the page holds is asked for, to know whether there is a next page
 * without counting the whole result.
 */
export function qidoStudyParameters(query: StudyQuery, page: { offset: number; limit: number }): Record<string, string> {
  const parameters: Record<string, string> = {};
  if (query.patientName.trim()) parameters.PatientName = prefixMatch(query.patientName);
  if (query.patientId.trim()) parameters.PatientID = query.patientId.trim();
  if (query.dateFrom || query.dateTo) parameters.StudyDate = `${dicomDate(query.dateFrom)}-${dicomDate(query.dateTo)}`;
  if (query.modality) parameters.ModalitiesInStudy = query.modality;
  parameters.includefield = INCLUDE_FIELDS.join(',');
  parameters.limit = String(page.limit + 1);
  parameters.offset = String(page.offset);
  return parameters;
}

/** A study of a QIDO-RS result; undefined for an entry without a Study Instance UID. */
export function studySummaryOf(json: DicomJsonDataSet): StudySummary | undefined {
  const ds = dicomJsonReader(json);
  const StudyInstanceUID = ds.text('x0020000d');
  if (!StudyInstanceUID) return undefined;
  return {
    StudyInstanceUID,
    PatientName: ds.text('x00100010') ?? '',
    PatientID: ds.text('x00100020') ?? '',
    StudyDate: ds.text('x00080020') ?? '',
    StudyDescription: ds.text('x00081030') ?? '',
    ModalitiesInStudy: (ds.text('x00080061') ?? '').split('\\').filter(Boolean),
    ...(ds.int('x00201208') !== undefined ? { NumberOfStudyRelatedInstances: ds.int('x00201208') } : {}),
  };
}

/** The page of a search result asked for with {@link qidoStudyParameters}, newest study first. */
export function studyPageOf(results: DicomJsonDataSet[], page: { offset: number; limit: number }): StudyPage {
  const studies = results.flatMap((json) => studySummaryOf(json) ?? []);
  return { studies: studies.slice(0, page.limit), offset: page.offset, hasMore: studies.length > page.limit };
}
