/**
 * The English message catalogue: one sentence per code of `core/messages.ts`, in
 * the words a radiologist would put in a report. Field names of the assessment
 * format never appear here; they are named as the reader knows them.
 */
import type { Comparison, Criteria, MeasuredField, NewLesionSummary, IntraProceduralEvidence } from '../core/index.ts';
import type { Catalogue } from './catalogue.ts';
import { amount, pct } from './numbers.ts';
import { course } from './catalogues/course.en.ts';

/** "T1, T2 and T3". */
function list(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

const FIELD: Readonly<Record<MeasuredField, string>> = {
  viableLongestDiameterMm: 'viable longest diameter',
  viablePerpendicularDiameterMm: 'viable perpendicular diameter',
  longestDiameterMm: 'longest diameter',
  shortAxisMm: 'short axis',
};

const SUM_NAME: Readonly<Record<Criteria, string>> = {
  mRECIST: 'viable target sum',
  'RECIST1.1': 'target sum',
  EASL: 'viable product sum',
};

/** Treatments named as the treatment course panel names them. */
const TREATMENT = course.treatmentType;

const viableOrDisease = (viableTumourOnly: boolean) => (viableTumourOnly ? 'viable (enhancing) tumour' : 'disease');
const measuresViable = (criteria: Criteria) => criteria !== 'RECIST1.1';

function relation(comparison: Comparison, name: string): string {
  return `${pct(comparison.pct)}% ${comparison.direction} ${name} ${amount(comparison.reference)}`;
}

/** "new lesion N1 (liver, 16.0 mm, typical pattern)", "new lesion N2 (lymph node at porta hepatis, short axis 22.0 mm)". */
function newLesion(lesion: NewLesionSummary): string {
  const parts: string[] = [];
  if (lesion.kind === 'node') {
    parts.push(`lymph node${lesion.location ? ` at ${lesion.location}` : lesion.organ !== 'lymph node' ? ` (${lesion.organ})` : ''}`);
    if (lesion.shortAxisMm !== undefined) parts.push(`short axis ${amount({ value: lesion.shortAxisMm, unit: 'mm' })}`);
  } else if (lesion.kind === 'effusion') {
    parts.push(`${lesion.organ} effusion`, `cytology ${lesion.cytology ?? 'not recorded'}`);
  } else {
    parts.push(lesion.organ);
    if (lesion.longestDiameterMm !== undefined) parts.push(amount({ value: lesion.longestDiameterMm, unit: 'mm' }));
    if (lesion.pattern !== undefined) parts.push(`${lesion.pattern} pattern`);
  }
  return `new lesion ${lesion.lesionId} (${parts.join(', ')})`;
}

function intraProceduralEvidence(evidence: IntraProceduralEvidence): string {
  switch (evidence.kind) {
    case 'modality':
      return `modality ${evidence.modality}`;
    case 'sop-class':
      return 'X-ray angiography images';
    case 'description':
      return `the description says “${evidence.term}”`;
    case 'same-day-as-procedure':
      return `it names the procedure (“${evidence.term}”) on the day of the procedure imaging of ${evidence.procedureDate}`;
  }
}

const NOT_MEASURED_STATUS: Readonly<Record<string, string>> = { 'too-small': 'too small to measure', absent: 'absent' };

/** English. */
export const en: Catalogue = {
  'lesion-not-assessed': (p) => `${p.lesionId} was not assessed at ${p.timepointId}`,
  'lesion-not-evaluable': (p) => `${p.lesionId} is not evaluable at ${p.timepointId}`,
  'lesion-value-missing': (p) => `${p.lesionId} has no ${FIELD[p.field]} at ${p.timepointId}`,

  'target-reappeared-after-cr': (p) =>
    `${p.viableTumourOnly ? 'viable tumour' : 'disease'} reappeared in ${list(p.lesionIds)} after the overall CR at ${p.crTimepointId}: PD`,
  'target-pd-with-missing': (p, render) =>
    `${p.missing.map(render).join('; ')}, but even with ${p.missing.length === 1 ? 'it' : 'them'} taken as 0 the smallest possible sum rose ` +
    `${pct(p.pct)}% over nadir ${amount(p.nadir)} to ${amount(p.sum)} (at least ${p.thresholdPct}%): PD`,
  'target-ne-with-missing': (p, render) => `${p.missing.map(render).join('; ')}; with a target missing only PD could be proven, and it is not: NE`,
  'target-pd': (p) => `${SUM_NAME[p.criteria]} rose ${pct(p.pct)}% over nadir ${amount(p.nadir)} to ${amount(p.sum)} (at least ${p.thresholdPct}%): PD`,
  'target-cr': (p, render) => {
    const what =
      p.criteria === 'RECIST1.1'
        ? 'all non-nodal targets have disappeared and every nodal target is under 10 mm short axis'
        : `arterial enhancement has disappeared from all target lesions${p.nodalTargets ? ' and every nodal target is under 10 mm short axis' : ''}`;
    return `${what} (${SUM_NAME[p.criteria]} ${amount(p.sum)})${p.note ? ` (${render(p.note)})` : ''}: CR`;
  },
  'target-ne-no-baseline': (p, render) =>
    `the baseline ${SUM_NAME[p.criteria]} is not computable, so PR or SD cannot be decided${p.note ? ` (${render(p.note)})` : ''}: NE`,
  'target-pr': (p, render) =>
    `${SUM_NAME[p.criteria]} fell ${pct(p.pct)}% from baseline ${amount(p.baseline)} to ${amount(p.sum)} (at least ${p.thresholdPct}%)` +
    `${p.note ? ` (${render(p.note)})` : ''}: PR`,
  'target-sd': (p, render) => `${targetFacts(p, render)}: SD`,
  'target-pr-sticky': (p, render) =>
    `${targetFacts(p, render)}; PR stays because a response was reached at ${p.respondedAt} and PD is not met (sticky response): PR`,
  'rise-too-small-absolute': (p) =>
    `it rose ${pct(p.pct)}% over nadir ${amount(p.nadir)} but by less than the required ${amount(p.minIncrease)}, so not PD`,
  'rise-below-threshold': (p) => `less than a ${p.thresholdPct}% rise over the nadir`,

  'non-target-pd': (p) => {
    const one = p.lesionIds.length === 1;
    return `non-target ${one ? 'lesion' : 'lesions'} ${list(p.lesionIds)} ${one ? 'shows' : 'show'} unequivocal progression: PD`;
  },
  'non-target-reappeared-after-cr': (p) =>
    `${viableOrDisease(p.viableTumourOnly)} reappeared in non-target ${list(p.lesionIds)} after the overall CR at ${p.crTimepointId}: PD`,
  'non-target-ne': (p) => `non-target ${list(p.lesionIds)} not evaluated at ${p.timepointId}: non-target NE`,
  'non-target-persists': (p) =>
    `${viableOrDisease(measuresViable(p.criteria))} persists in non-target ${list(p.lesionIds)}: ${p.criteria === 'mRECIST' ? 'IR/SD (NonCR/NonPD)' : 'NonCR/NonPD'}`,
  'non-target-cr': (p) => `${viableOrDisease(p.viableTumourOnly)} gone from all non-target lesions: non-target CR`,
  'non-target-nodes-below-pathological': (p) =>
    `non-target ${list(p.lesionIds)} seen again after the overall CR at ${p.crTimepointId}, but a node is reappeared disease only ` +
    `from ${p.minShortAxisMm} mm short axis, and no such short axis is recorded: not PD`,

  'new-lesion-equivocal': (p) => `${newLesion(p.lesion)} is equivocal: recorded, not counted as progression`,
  'new-lesion-qualifies': (p) => `${newLesion(p.lesion)}: PD`,
  'new-lesion-does-not-qualify': (p, render) => `${newLesion(p.lesion)} does not qualify: ${render(p.why)}`,
  'effusion-needs-cytology': () => 'an effusion counts only with positive cytology',
  'porta-hepatis-node-too-small': (p) => `a porta-hepatis node is malignant only from ${p.minShortAxisMm} mm short axis`,
  'node-not-pathological': (p) => `a node under ${p.minShortAxisMm} mm short axis is not pathological`,
  'atypical-needs-size': () => 'an atypical liver lesion needs a longest diameter to show growth',
  'atypical-needs-growth': (p) =>
    `an atypical liver lesion needs at least ${p.minGrowthMm} mm growth since first recorded (${amount(p.first)} at ${p.firstTimepointId ?? 'this timepoint'})`,
  'liver-lesion-too-small': (p) => `a new liver lesion needs at least ${p.minMm} mm`,

  overall: (p) => `overall ${p.response} (targets ${p.target}, non-targets ${p.nonTarget}, ${p.newLesion ? 'a new lesion' : 'no new lesion'})`,
  'overall-nothing-to-assess': () => 'overall NE (no target or non-target lesions to assess, no new lesion)',

  'timepoint-before-baseline': (p) => `timepoint ${p.timepointId} (${p.date}) is before baseline ${p.baselineId} (${p.baselineDate}) and is ignored`,
  'min-increase-not-applied': (p) => `the minimum absolute increase in mm is a diameter rule and is not applied under ${p.criteria}`,
  'baseline-sum-not-computable': (p, render) =>
    `the baseline ${SUM_NAME[p.criteria]} is not computable (${p.missing.map(render).join('; ')}): PR and SD cannot be assessed`,
  'target-is-portal-vein-thrombus': (p) =>
    `target ${p.lesionId} is a portal-vein thrombus, which is non-measurable and never a target: it is assessed as a non-target lesion`,
  'target-not-enhancing': (p) =>
    `target ${p.lesionId} shows no arterial enhancement at baseline; ${p.criteria} targets must enhance: it is assessed as a non-target lesion`,
  'too-many-targets': (p) => `${p.count} target lesions, more than the ${p.max} allowed in total (all are still summed)`,
  'too-many-targets-in-organ': (p) =>
    `${p.count} target lesions in ${p.organ} (${list(p.lesionIds)}), more than the ${p.max} allowed per organ (all are still summed)`,
  'baseline-target-not-measured': (p) =>
    `target ${p.lesionId} is recorded ${NOT_MEASURED_STATUS[p.status] ?? p.status} at baseline ${p.baselineId}: a target must be measurable`,
  'baseline-target-too-small': (p) => {
    const what = { lesion: 'a measurable lesion', node: 'a measurable node', 'porta-hepatis-node': 'a porta-hepatis node target (mRECIST)' }[p.what];
    return `target ${p.lesionId} measures ${amount(p.size)} (${FIELD[p.field]}) at baseline ${p.baselineId}, below the ${amount(p.min)} minimum for ${what}`;
  },
  'new-lesion-at-baseline': (p) => `new lesion ${p.lesionId} has a finding at ${p.timepointId}, not after the baseline: that finding is ignored`,
  'new-lesion-not-counted': (p, render) =>
    `${p.timepointId}: ${newLesion(p.lesion)} is recorded present but does not qualify as a new lesion under ${p.criteria}: ${render(p.why)}`,
  'effusion-progression-without-cytology': (p) =>
    `non-target effusion ${p.lesionId} progressed at ${p.timepointId} without positive cytology: not counted as PD (cytology is required)`,

  'baseline-after-treatment': (p) =>
    `baseline ${p.baselineId} (${p.baselineDate}) is after ${p.count === 1 ? 'a treatment' : `${p.count} treatments`} ` +
    `(the latest ${TREATMENT[p.treatmentType]} on ${p.treatmentDate}): a baseline should be imaged before treatment`,
  'follow-up-early-after-tace': (p) =>
    `follow-up ${p.timepointId} (${p.date}) is ${p.days} day${p.days === 1 ? '' : 's'} after ${TREATMENT[p.treatmentType]} on ${p.treatmentDate}, ` +
    `earlier than ${p.minDays / 7} weeks: too early for mRECIST (post-procedure enhancement and lipiodol can mimic or hide viable tumour)`,
  'lrtr-viable-without-viable-tumour': (p) =>
    p.role === 'non-target'
      ? `${p.lesionId} at ${p.timepointId} is LR-TR Viable, but non-target ${p.lesionId} is not recorded as present (enhancing)`
      : `${p.lesionId} at ${p.timepointId} is LR-TR Viable, but no viable diameter is measured`,
  'lrtr-nonviable-with-viable-tumour': (p) =>
    `${p.lesionId} at ${p.timepointId} is LR-TR Nonviable, but viable tumour is recorded` +
    (p.viable ? ` (viable diameter ${amount(p.viable)})` : ''),
  'lrtr-lesion-not-treated': (p) =>
    `${p.lesionId} at ${p.timepointId} has an LR-TR category, but no TACE, TARE, ablation or HAIC of ${p.lesionId} is recorded before it: ` +
    'LI-RADS treatment response applies to lesions after locoregional treatment',

  'study-without-date': () => 'the study has no date',
  'study-date-taken': (p) => `another study of ${p.date} is already a timepoint (one timepoint per date)`,
  'study-left-out-by-reader': () => 'left out by the reader',
  'study-intra-procedural': (p) => `intra-procedural imaging (angiography / cone-beam CT): ${intraProceduralEvidence(p.evidence)}`,
  'study-same-visit': (p) => `within ${p.withinDays} days of the study of ${p.visitDate} (same visit)`,
};

type TargetFacts = Parameters<Catalogue['target-sd']>[0];

function targetFacts(p: TargetFacts, render: Parameters<Catalogue['target-sd']>[1]): string {
  const vsNadir = p.vsNadir ? ` and ${relation(p.vsNadir, 'nadir')}` : '';
  return (
    `${SUM_NAME[p.criteria]} ${amount(p.sum)} is ${relation(p.vsBaseline, 'baseline')}${vsNadir} ` +
    `(less than a ${p.prFallPct}% fall from baseline; ${render(p.notPd)})`
  );
}
