/**
 * Whether a new lesion at a timepoint counts as progression.
 *
 * mRECIST and EASL (HCC rules, rule book §1.6): an intrahepatic parenchymal lesion
 * needs `longestDiameterMm >= 10` with the typical pattern, or, if atypical, at
 * least 10 mm growth since it was first recorded; a porta-hepatis node needs a
 * short axis >= 20 mm, other nodes >= 10 mm (pathological, RECIST 1.1 §2); an
 * effusion needs positive cytology; extrahepatic lesions always count.
 * RECIST 1.1 (§2): any unequivocal new lesion, except nodes under 10 mm and
 * effusions without positive cytology.
 * A detail that is not recorded is the reader's statement that it qualifies
 * (spec: "With no details, `present` is the reader's statement that it qualifies").
 * `equivocal` is recorded but never counted.
 */
import type { Finding, Lesion } from '../assessment/types.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { formatMm } from './format.ts';
import { isLymphNode } from './lesionValues.ts';
import { mmToCentiMm } from './sums.ts';

const NEW_LIVER_LESION_MIN_MM = 10;
const ATYPICAL_MIN_GROWTH_MM = 10;
const PORTA_HEPATIS_NODE_MIN_SHORT_AXIS_MM = 20;
const PATHOLOGICAL_NODE_MIN_SHORT_AXIS_MM = 10;

/** The new-lesion part of a timepoint. */
export interface NewLesionResult {
  /** At least one new lesion qualifies. */
  found: boolean;
  reasons: string[];
  warnings: string[];
}

const atLeast = (valueMm: number, minMm: number) => mmToCentiMm(valueMm) >= mmToCentiMm(minMm);

function isPortaHepatis(lesion: Lesion): boolean {
  return /porta\s*hepatis/i.test(`${lesion.location ?? ''} ${lesion.organ}`);
}

function isPresent(finding: Finding): boolean {
  if (finding.status !== undefined) return finding.status === 'present';
  return [finding.longestDiameterMm, finding.shortAxisMm, finding.viableLongestDiameterMm].some((v) => v !== undefined && v > 0);
}

/** "liver, 16.0 mm, typical pattern", "lymph node at porta hepatis, short axis 22.0 mm", ... */
function describe(lesion: Lesion, finding: Finding): string {
  const parts = [lesion.organ];
  if (isLymphNode(lesion)) {
    parts[0] = `lymph node${lesion.location ? ` at ${lesion.location}` : lesion.organ !== 'lymph node' ? ` (${lesion.organ})` : ''}`;
    if (finding.shortAxisMm !== undefined) parts.push(`short axis ${formatMm(finding.shortAxisMm)}`);
  } else if (lesion.kind === 'effusion') {
    parts[0] = `${lesion.organ} effusion`;
    parts.push(`cytology ${finding.cytology ?? 'not recorded'}`);
  } else {
    if (finding.longestDiameterMm !== undefined) parts.push(formatMm(finding.longestDiameterMm));
    if (finding.pattern !== undefined) parts.push(`${finding.pattern} pattern`);
  }
  return `new lesion ${lesion.id} (${parts.join(', ')})`;
}

/** Why a present new lesion does not qualify, or `null` when it does. */
function disqualification(lesion: Lesion, finding: Finding, history: readonly string[], rules: CriteriaRules): string | null {
  if (lesion.kind === 'effusion') {
    return finding.cytology === 'positive' ? null : 'an effusion counts only with positive cytology';
  }
  if (isLymphNode(lesion)) {
    const porta = rules.hccRules && isPortaHepatis(lesion);
    const minMm = porta ? PORTA_HEPATIS_NODE_MIN_SHORT_AXIS_MM : PATHOLOGICAL_NODE_MIN_SHORT_AXIS_MM;
    if (finding.shortAxisMm === undefined || atLeast(finding.shortAxisMm, minMm)) return null;
    return porta
      ? `a porta-hepatis node is malignant only from ${minMm} mm short axis`
      : `a node under ${minMm} mm short axis is not pathological`;
  }
  const intrahepatic = lesion.organ.trim().toLowerCase() === 'liver' && (lesion.kind ?? 'parenchymal') === 'parenchymal';
  if (!rules.hccRules || !intrahepatic) return null;
  const sizeMm = finding.longestDiameterMm;
  if (finding.pattern === 'atypical') {
    if (sizeMm === undefined) return 'an atypical liver lesion needs a longestDiameterMm to show growth';
    const firstId = history.find((id) => lesion.findings[id]?.longestDiameterMm !== undefined);
    const firstMm = firstId === undefined ? sizeMm : (lesion.findings[firstId]?.longestDiameterMm ?? sizeMm);
    if (mmToCentiMm(sizeMm) - mmToCentiMm(firstMm) >= mmToCentiMm(ATYPICAL_MIN_GROWTH_MM)) return null;
    return `an atypical liver lesion needs at least ${ATYPICAL_MIN_GROWTH_MM} mm growth since first recorded (${formatMm(firstMm)} at ${firstId ?? 'this timepoint'})`;
  }
  if (sizeMm === undefined || atLeast(sizeMm, NEW_LIVER_LESION_MIN_MM)) return null;
  return `a new liver lesion needs at least ${NEW_LIVER_LESION_MIN_MM} mm`;
}

/**
 * The new lesions at `history[history.length - 1]`; `history` lists the follow-up
 * timepoint ids in date order up to and including it (for "first recorded").
 */
export function evaluateNewLesions(newLesions: readonly Lesion[], history: readonly string[], rules: CriteriaRules): NewLesionResult {
  const timepointId = history[history.length - 1];
  const result: NewLesionResult = { found: false, reasons: [], warnings: [] };
  if (timepointId === undefined) return result;
  for (const lesion of newLesions) {
    const finding = lesion.findings[timepointId];
    if (!finding) continue;
    if (finding.status === 'equivocal') {
      result.reasons.push(`${describe(lesion, finding)} is equivocal: recorded, not counted as progression`);
      continue;
    }
    if (!isPresent(finding)) continue;
    const why = disqualification(lesion, finding, history, rules);
    if (why === null) {
      result.found = true;
      result.reasons.push(`${describe(lesion, finding)}: PD`);
    } else {
      result.reasons.push(`${describe(lesion, finding)} does not qualify: ${why}`);
      result.warnings.push(`${timepointId}: ${describe(lesion, finding)} is recorded present but does not qualify as a new lesion under ${rules.criteria}: ${why}`);
    }
  }
  return result;
}
