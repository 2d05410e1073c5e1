import type { TFunction } from 'i18next';
import type { Finding, Lesion } from '../../core';

const mm = (value: number) => value.toFixed(1);

/** What the calipers behind a cell add to it: the fragments summed into a diameter, calipers that do not count. */
export interface CellCalipers {
  /** Lengths of the fragments of a split lesion, by caliper kind, when there are several. */
  fragmentsMm?: { viable?: number[]; whole?: number[] };
  /** Calipers of this finding that feed no sum (off-phase, uncalibrated, undecided). */
  notCounted?: number;
}

type AssessmentT = TFunction<'assessment'>;

/** "21.0 + 7.0, 2 fragments", or the value alone. */
function diameter(t: AssessmentT, valueMm: number, fragmentsMm: number[] | undefined): string {
  return fragmentsMm && fragmentsMm.length > 1
    ? t('cell.fragments', { values: fragmentsMm.map(mm).join(' + '), count: fragmentsMm.length })
    : mm(valueMm);
}

/**
 * What a lesion-table cell shows for a finding, in the words of `t` (the
 * `assessment` catalogue): diameters in mm with one decimal (viable first, whole
 * lesion in parentheses; fragments spelled out), or the status in words, then how
 * many calipers do not count.
 */
export function findingText(t: AssessmentT, lesion: Pick<Lesion, 'role'>, finding: Finding | undefined, calipers: CellCalipers = {}): string {
  const text = valuesText(t, lesion, finding, calipers);
  if (!calipers.notCounted) return text;
  const notCounted = t('cell.notCounted', { count: calipers.notCounted });
  return text === '—' ? `— (${notCounted})` : `${text} · ${notCounted}`;
}

function valuesText(t: AssessmentT, lesion: Pick<Lesion, 'role'>, finding: Finding | undefined, { fragmentsMm = {} }: CellCalipers): string {
  if (!finding) return '—';
  if (finding.status === 'not-evaluable') return t('cell.notEvaluable');
  const parts: string[] = [];
  if (lesion.role === 'target') {
    if (finding.viableLongestDiameterMm !== undefined) {
      parts.push(finding.viablePerpendicularDiameterMm !== undefined
        ? `${mm(finding.viableLongestDiameterMm)} × ${mm(finding.viablePerpendicularDiameterMm)}`
        : diameter(t, finding.viableLongestDiameterMm, fragmentsMm.viable));
    }
    if (finding.longestDiameterMm !== undefined) parts.push(`(${diameter(t, finding.longestDiameterMm, fragmentsMm.whole)})`);
    if (finding.shortAxisMm !== undefined) parts.push(t('cell.shortAxis', { value: mm(finding.shortAxisMm) }));
    if (parts.length === 0 && finding.status === 'absent') return t('cell.absent');
    if (parts.length === 0 && finding.status === 'too-small') return t('cell.tooSmall');
    return parts.length > 0 ? parts.join(' ') : '—';
  }
  const status = finding.status ? t(`cell.status.${finding.status}`) : '';
  if (lesion.role === 'new') {
    // A new lesion's size is its whole diameter; a viable diameter stands for it when that is all the reader drew.
    if (finding.longestDiameterMm !== undefined) parts.push(diameter(t, finding.longestDiameterMm, fragmentsMm.whole));
    else if (finding.viableLongestDiameterMm !== undefined) parts.push(t('cell.viable', { value: diameter(t, finding.viableLongestDiameterMm, fragmentsMm.viable) }));
    if (finding.shortAxisMm !== undefined) parts.push(t('cell.shortAxis', { value: mm(finding.shortAxisMm) }));
    if (finding.pattern) parts.push(t(`cell.pattern.${finding.pattern}`));
    if (finding.cytology && finding.cytology !== 'not-done') parts.push(t(`cell.cytology.${finding.cytology}`));
  }
  return [status, ...parts].filter(Boolean).join(' · ') || '—';
}
