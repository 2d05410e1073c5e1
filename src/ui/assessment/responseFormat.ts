import type { Criteria } from '../../core';

/** A change in percent with its sign, or a dash when there is none. */
export function pct(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}

/** A target sum in the criteria's unit (EASL sums areas). */
export function sum(value: number | null, criteria: Criteria): string {
  if (value === null) return '—';
  return criteria === 'EASL' ? `${value.toFixed(1)} mm²` : `${value.toFixed(1)} mm`;
}
