/** Numbers in messages, the same in every language: values with their unit, percentages. */
import type { Amount } from '../core/index.ts';

/** A value with at least one and at most two decimals: 14 → "14.0", 14.44 → "14.44". */
export function decimals(value: number): string {
  const twoDecimals = value.toFixed(2);
  return twoDecimals.endsWith('0') ? value.toFixed(1) : twoDecimals;
}

/** "42.0 mm", "870.0 mm²". */
export const amount = (a: Amount) => `${decimals(a.value)} ${a.unit}`;

/** A percentage with one decimal, or nothing when there is none (no reference to compare with). */
export const pct = (value: number | null) => (value === null ? '' : value.toFixed(1));
