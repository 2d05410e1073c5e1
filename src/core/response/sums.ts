/**
 * Exact integer arithmetic for target sums and thresholds.
 *
 * Lengths are integers in 0.01 mm ("centi-mm"); EASL products are integers in
 * 0.0001 mm² (centi-mm × centi-mm). Thresholds are compared by cross-multiplying
 * integers, never with floating-point ratios: `(9.8 - 14) / 14` is
 * `-0.29999999999999993` in IEEE doubles, which would turn an exact −30% PR into SD.
 * Source: rule book §1.4 "Numerical pitfall", §3.2; spec "Decisions at the thresholds are exact".
 * With lengths capped at 10 000 mm (schema) every product and sum stays a safe integer.
 */

/** Integer units per mm for lengths. */
export const CENTI_MM_PER_MM = 100;
/** Integer units per mm² for EASL products (0.0001 mm²). */
export const PRODUCT_UNITS_PER_MM2 = CENTI_MM_PER_MM * CENTI_MM_PER_MM;

/** A fraction `num / den` of positive integers. */
export interface Ratio {
  num: number;
  den: number;
}

/** A length in mm as integer 0.01 mm (inputs are quantised to 0.01 mm). */
export function mmToCentiMm(lengthMm: number): number {
  return Math.round(lengthMm * CENTI_MM_PER_MM);
}

/** Sum of integer units; throws if it leaves the safe-integer range (cannot happen within schema limits). */
export function sumUnits(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  if (!Number.isSafeInteger(total)) throw new RangeError('target sum exceeds the exact integer range');
  return total;
}

/**
 * `numerator / denominator` rounded half away from zero, exactly for safe integers
 * (`denominator > 0`).
 */
export function roundDiv(numerator: number, denominator: number): number {
  const magnitude = Math.abs(numerator);
  const remainder = magnitude % denominator;
  const quotient = (magnitude - remainder) / denominator + (2 * remainder >= denominator ? 1 : 0);
  return numerator < 0 ? -quotient : quotient;
}

/**
 * PR-type decrease: `current <= keep × reference` (keep 7/10 = "fell at least 30%";
 * EASL 1/2 = "at least 50%"). Inclusive, as the rule book requires (§1.4, §8 D3).
 */
export function meetsDecrease(currentUnits: number, referenceUnits: number, keep: Ratio): boolean {
  return keep.den * currentUnits <= keep.num * referenceUnits;
}

/**
 * PD-type increase over the nadir: `current > nadir`, `current >= grow × nadir`
 * (grow 6/5 = "+20%"; EASL 5/4 = "+25%") and `current − nadir >= minAbsUnits`.
 * The `current > nadir` guard keeps a patient at 0 over a nadir of 0 out of PD (§1.4).
 */
export function meetsIncrease(currentUnits: number, nadirUnits: number, grow: Ratio, minAbsUnits: number): boolean {
  return (
    currentUnits > nadirUnits &&
    grow.den * currentUnits >= grow.num * nadirUnits &&
    currentUnits - nadirUnits >= minAbsUnits
  );
}

/**
 * Percent change from `referenceUnits` to `currentUnits`, rounded to `decimals`
 * (exact rational rounding while the numbers stay safe integers); `null` when the
 * reference is 0 (no finite percentage).
 */
export function percentChange(currentUnits: number, referenceUnits: number, decimals = 2): number | null {
  if (referenceUnits === 0) return null;
  const scale = 100 * 10 ** decimals;
  const numerator = (currentUnits - referenceUnits) * scale;
  const scaled = Number.isSafeInteger(numerator)
    ? roundDiv(numerator, referenceUnits)
    : Math.round(numerator / referenceUnits);
  return scaled / 10 ** decimals;
}

/** Integer `units` with `unitsPerWhole` per whole unit, as a number rounded to 2 decimals. */
export function unitsToRounded(units: number, unitsPerWhole: number): number {
  return unitsPerWhole <= 100 ? units / unitsPerWhole : roundDiv(units, unitsPerWhole / 100) / 100;
}
