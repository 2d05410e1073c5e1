/**
 * Imaging acquired during a procedure (TACE and the like) is not a response-assessment
 * visit: angiography, DSA, cone-beam CT. A diagnostic CT or MR whose description
 * merely names the procedure ("CT LIVER POST TACE", "TACE术后复查") is a follow-up.
 *
 * A study is intra-procedural by
 * - its modality (XA, RF) or SOP class (X-ray angiography, radiofluoroscopy, 3D XA);
 * - its description ("angio", "DSA", "CBCT", "cone beam", "Dyna CT", "XperCT",
 *   "intra-procedural", "during", 术中, 血管造影);
 * - or being on the same day as such a study while naming the procedure itself
 *   (e.g. "CT TACE" right after the angiography).
 */
import type { IntraProceduralEvidence } from '../messages.ts';
import type { StudySummary } from './planTimepoints.ts';

const PROCEDURE_MODALITIES = new Set(['XA', 'RF']);

const PROCEDURE_SOP_CLASSES = new Set([
  '1.2.840.10008.5.1.4.1.1.12.1', // X-Ray Angiographic Image
  '1.2.840.10008.5.1.4.1.1.12.1.1', // Enhanced XA Image
  '1.2.840.10008.5.1.4.1.1.12.2', // X-Ray Radiofluoroscopic Image
  '1.2.840.10008.5.1.4.1.1.12.2.1', // Enhanced XRF Image
  '1.2.840.10008.5.1.4.1.1.12.3', // X-Ray Angiographic Bi-Plane Image (retired)
  '1.2.840.10008.5.1.4.1.1.13.1.1', // X-Ray 3D Angiographic Image
]);

/** Words that say the images were taken during the procedure. `\b` works beside CJK characters too. */
const DURING_PROCEDURE =
  /\b(?:angio\w*|dsa|cbct|cone[\s-]?beam|dyna[\s-]?ct|xper[\s-]?ct|intra(?:[\s-]?(?:procedur\w*|op\w*))?|intraprocedur\w*|intraop\w*|during)\b|术中|血管造影/i;

/** Words that name the procedure itself (which alone say nothing about when the study was taken). */
const PROCEDURE_NAME = /\b(?:c|deb-?)?tace\b|chemo-?emboli[sz]ation|\bemboli[sz]ation\b|\btare\b|\bsirt\b|化疗栓塞|栓塞/i;

/** Evidence from the study alone, or `null`. */
function ownEvidence(study: StudySummary): IntraProceduralEvidence | null {
  const modality = study.modalities.find((m) => PROCEDURE_MODALITIES.has(m));
  if (modality) return { kind: 'modality', modality };
  const sopClassUid = study.sopClassUids?.find((uid) => PROCEDURE_SOP_CLASSES.has(uid));
  if (sopClassUid) return { kind: 'sop-class', sopClassUid };
  const term = DURING_PROCEDURE.exec(study.description)?.[0];
  return term ? { kind: 'description', term } : null;
}

/** Why each intra-procedural study among `studies` is one, by StudyInstanceUID. */
export function intraProceduralStudies(studies: readonly StudySummary[]): Map<string, IntraProceduralEvidence> {
  const found = new Map<string, IntraProceduralEvidence>();
  const procedureDates = new Set<string>();
  for (const study of studies) {
    const evidence = ownEvidence(study);
    if (!evidence) continue;
    found.set(study.studyInstanceUid, evidence);
    if (study.date) procedureDates.add(study.date);
  }
  for (const study of studies) {
    if (found.has(study.studyInstanceUid) || !study.date || !procedureDates.has(study.date)) continue;
    const term = PROCEDURE_NAME.exec(study.description)?.[0];
    if (term) found.set(study.studyInstanceUid, { kind: 'same-day-as-procedure', term, procedureDate: study.date });
  }
  return found;
}
