import type { Finding, Lesion } from '../../core';

const mm = (value: number) => value.toFixed(1);

/**
 * What a lesion-table cell shows for a finding: diameters in mm with one decimal
 * (viable first, whole lesion in parentheses), or the status in words.
 */
export function findingText(lesion: Pick<Lesion, 'role'>, finding: Finding | undefined): string {
  if (!finding) return '—';
  if (finding.status === 'not-evaluable') return 'NE';
  const parts: string[] = [];
  if (lesion.role === 'target') {
    if (finding.viableLongestDiameterMm !== undefined) {
      parts.push(finding.viablePerpendicularDiameterMm !== undefined
        ? `${mm(finding.viableLongestDiameterMm)} × ${mm(finding.viablePerpendicularDiameterMm)}`
        : mm(finding.viableLongestDiameterMm));
    }
    if (finding.longestDiameterMm !== undefined) parts.push(`(${mm(finding.longestDiameterMm)})`);
    if (finding.shortAxisMm !== undefined) parts.push(`SA ${mm(finding.shortAxisMm)}`);
    if (parts.length === 0 && finding.status === 'absent') return 'absent';
    if (parts.length === 0 && finding.status === 'too-small') return 'too small';
    return parts.length > 0 ? parts.join(' ') : '—';
  }
  const status = finding.status === 'unequivocal-progression' ? 'progression' : (finding.status ?? '');
  if (lesion.role === 'new') {
    if (finding.longestDiameterMm !== undefined) parts.push(mm(finding.longestDiameterMm));
    if (finding.shortAxisMm !== undefined) parts.push(`SA ${mm(finding.shortAxisMm)}`);
    if (finding.pattern) parts.push(finding.pattern);
    if (finding.cytology && finding.cytology !== 'not-done') parts.push(`cytology ${finding.cytology}`);
  }
  return [status, ...parts].filter(Boolean).join(' · ') || '—';
}
