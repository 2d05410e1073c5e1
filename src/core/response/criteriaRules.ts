/**
 * What differs between the criteria: what is measured, the thresholds, units.
 * Sources: rule book §1.4 (mRECIST: viable longest diameter, −30% / +20%),
 * §2 (RECIST 1.1: whole-lesion longest diameter, node short axis, CR with
 * nodes < 10 mm), §3.2 (EASL: sum of viable bidimensional products, −50% / +25%).
 * mRECIST measures lymph nodes by short axis as RECIST 1.1 does (§1.6: "other nodes
 * follow RECIST 1.1"); its HCC rules for new lesions (§1.6) are mRECIST's own, so
 * EASL reads new lesions as RECIST 1.1 does (spec, "Finding": "Under mRECIST, ...").
 */
import type { Criteria } from '../assessment/types.ts';
import { CENTI_MM_PER_MM, PRODUCT_UNITS_PER_MM2, type Ratio } from './sums.ts';

/** The per-criteria constants the engine works with. */
export interface CriteriaRules {
  criteria: Criteria;
  /** Integer units per mm (diameters) or per mm² (EASL products). */
  unitsPerWhole: number;
  /** Unit shown in reasons. */
  unitLabel: 'mm' | 'mm²';
  /** PR ⇔ current ≤ keep × baseline. */
  prKeep: Ratio;
  /** The PR fall in percent, for reasons. */
  prFallPct: number;
  /** PD ⇔ current ≥ grow × nadir (and above it). */
  pdGrow: Ratio;
  /** The PD rise in percent, for reasons. */
  pdRisePct: number;
  /** Criteria that measure arterially enhancing (viable) tumour only: targets must enhance at baseline. */
  viableTumourOnly: boolean;
  /** mRECIST's new-lesion rules for the liver and porta-hepatis nodes (rule book §1.6) instead of plain RECIST 1.1. */
  hccRules: boolean;
  /** Lymph nodes are measured by short axis: ≥ 15 mm to be a target, < 10 mm normal (rule book §1.6, §2). */
  nodesByShortAxis: boolean;
}

const DIAMETER_THRESHOLDS = { prKeep: { num: 7, den: 10 }, prFallPct: 30, pdGrow: { num: 6, den: 5 }, pdRisePct: 20 };

const RULES: Readonly<Record<Criteria, CriteriaRules>> = {
  mRECIST: {
    criteria: 'mRECIST',
    unitsPerWhole: CENTI_MM_PER_MM,
    unitLabel: 'mm',
    ...DIAMETER_THRESHOLDS,
    viableTumourOnly: true,
    hccRules: true,
    nodesByShortAxis: true,
  },
  'RECIST1.1': {
    criteria: 'RECIST1.1',
    unitsPerWhole: CENTI_MM_PER_MM,
    unitLabel: 'mm',
    ...DIAMETER_THRESHOLDS,
    viableTumourOnly: false,
    hccRules: false,
    nodesByShortAxis: true,
  },
  EASL: {
    criteria: 'EASL',
    unitsPerWhole: PRODUCT_UNITS_PER_MM2,
    unitLabel: 'mm²',
    prKeep: { num: 1, den: 2 },
    prFallPct: 50,
    pdGrow: { num: 5, den: 4 },
    pdRisePct: 25,
    viableTumourOnly: true,
    hccRules: false,
    nodesByShortAxis: false,
  },
};

/** The constants of one criteria. */
export function criteriaRules(criteria: Criteria): CriteriaRules {
  return RULES[criteria];
}
