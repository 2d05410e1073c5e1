/** Numbers for the params of reasons and warnings (`core/messages.ts`): raw values, rounded as reported. */
import type { Amount, Comparison } from '../messages.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { CENTI_MM_PER_MM, mmToCentiMm, percentChange } from './sums.ts';

/** Integer sum units as an amount in mm (mm² for EASL), rounded to 0.01. */
export function sumAmount(units: number, rules: CriteriaRules): Amount {
  return { value: Math.round((units / rules.unitsPerWhole) * 100) / 100, unit: rules.unitLabel };
}

/** A length in mm as an amount, quantised to 0.01 mm like every input. */
export function mmAmount(lengthMm: number): Amount {
  return { value: mmToCentiMm(lengthMm) / CENTI_MM_PER_MM, unit: 'mm' };
}

/** The size of a percent change with one decimal (sign dropped); `null` when the reference is 0. */
export function pctMagnitude(currentUnits: number, referenceUnits: number): number | null {
  const pct = percentChange(currentUnits, referenceUnits, 1);
  return pct === null ? null : Math.abs(pct);
}

/** How `currentUnits` compares with `referenceUnits`. */
export function compareSums(currentUnits: number, referenceUnits: number, rules: CriteriaRules): Comparison {
  return {
    pct: pctMagnitude(currentUnits, referenceUnits),
    direction: currentUnits <= referenceUnits ? 'below' : 'above',
    reference: sumAmount(referenceUnits, rules),
  };
}
