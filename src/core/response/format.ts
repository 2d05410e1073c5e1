/** Number formatting for the report sentences in `reasons` and `warnings`. */
import type { CriteriaRules } from './criteriaRules.ts';
import { CENTI_MM_PER_MM, mmToCentiMm, percentChange } from './sums.ts';

/** A value with at least one and at most two decimals: 14 → "14.0", 14.44 → "14.44". */
function decimals(value: number): string {
  const twoDecimals = value.toFixed(2);
  return twoDecimals.endsWith('0') ? value.toFixed(1) : twoDecimals;
}

/** Integer sum units as "14.0 mm" (or "625.0 mm²" for EASL). */
export function formatSum(units: number, rules: CriteriaRules): string {
  return `${decimals(Math.round((units / rules.unitsPerWhole) * 100) / 100)} ${rules.unitLabel}`;
}

/** A length in mm as "16.0 mm". */
export function formatMm(lengthMm: number): string {
  return `${decimals(mmToCentiMm(lengthMm) / CENTI_MM_PER_MM)} mm`;
}

/** The size of a percent change with one decimal ("80.0"), sign dropped; "" when undefined. */
export function formatPctMagnitude(currentUnits: number, referenceUnits: number): string {
  const pct = percentChange(currentUnits, referenceUnits, 1);
  return pct === null ? '' : Math.abs(pct).toFixed(1);
}

/** "T1, T2 and T3". */
export function listIds(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}
