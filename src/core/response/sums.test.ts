// Exact thresholds (rule book §1.4 "Numerical pitfall"): a grid of sums at exactly
// −30% and +20% (and EASL −50% / +25%) through the integer compare and the engine,
// next to the naive floating-point ratio, which misclassifies some of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAssessment, target } from '../testing/buildAssessment.ts';
import { evaluateAssessment } from './evaluate.ts';
import { meetsDecrease, meetsIncrease, mmToCentiMm, percentChange, roundDiv } from './sums.ts';

const PR = { num: 7, den: 10 };
const PD = { num: 6, den: 5 };
const naivePr = (baseMm: number, curMm: number) => (curMm - baseMm) / baseMm <= -0.3;
const naivePd = (nadirMm: number, curMm: number) => (curMm - nadirMm) / nadirMm >= 0.2;

/** Target response at FU1 (and FU2) for a single-target mRECIST assessment. */
const responses = (cellsMm: number[]) =>
  evaluateAssessment(buildAssessment({ lesions: [target('T1', cellsMm)], options: { stickyResponse: false } })).timepoints.map(
    (t) => t.targetResponse,
  );

describe('naive float ratios fail at the boundaries', () => {
  it('14.0 → 9.8 mm is exactly −30% but the naive ratio says not PR', () => {
    expect(naivePr(14.0, 9.8)).toBe(false);
    expect(meetsDecrease(mmToCentiMm(9.8), mmToCentiMm(14.0), PR)).toBe(true);
    expect(responses([14.0, 9.8])).toEqual(['PR']);
  });

  it('nadir 16.0 → 19.2 mm is exactly +20% but the naive ratio says not PD', () => {
    expect(naivePd(16.0, 19.2)).toBe(false);
    expect(meetsIncrease(mmToCentiMm(19.2), mmToCentiMm(16.0), PD, 0)).toBe(true);
    expect(responses([16.0, 19.2])).toEqual(['PD']);
  });
});

describe('grid of exact boundaries (0.1 mm sums)', () => {
  // Baselines 10.0–299.9 mm whose 70% is on the 0.01 mm grid: every multiple of 0.1 mm.
  const baselinesTenths = Array.from({ length: 2900 }, (_, i) => 100 + i);

  it('every exact −30% is PR and 0.01 mm more is not; the naive ratio fails on some', () => {
    let naiveFailures = 0;
    for (const tenths of baselinesTenths) {
      const base = tenths * 10;
      const cur = (base * 7) / 10;
      expect(meetsDecrease(cur, base, PR)).toBe(true);
      expect(meetsDecrease(cur + 1, base, PR)).toBe(false);
      if (!naivePr(base / 100, cur / 100)) naiveFailures++;
    }
    expect(naiveFailures).toBeGreaterThan(0);
  });

  it('every exact +20% over the nadir is PD and 0.01 mm less is not; the naive ratio fails on some', () => {
    let naiveFailures = 0;
    for (let nadir = 500; nadir <= 29_950; nadir += 50) {
      const cur = (nadir * 6) / 5;
      expect(meetsIncrease(cur, nadir, PD, 0)).toBe(true);
      expect(meetsIncrease(cur - 1, nadir, PD, 0)).toBe(false);
      if (!naivePd(nadir / 100, cur / 100)) naiveFailures++;
    }
    expect(naiveFailures).toBeGreaterThan(0);
  });

  it('the engine classifies random exact boundaries from mm inputs (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 2999 }), fc.integer({ min: 5, max: 599 }), (baseTenths, nadirHalves) => {
        const baseMm = baseTenths / 10;
        const prMm = (baseTenths * 7) / 100;
        expect(responses([baseMm, prMm])).toEqual(['PR']);
        const nadirMm = nadirHalves / 2;
        const pdMm = (nadirHalves * 6) / 10;
        // FU1 at the nadir itself (SD), FU2 exactly +20% over it.
        expect(responses([nadirMm, nadirMm, pdMm])).toEqual(['SD', 'PD']);
      }),
      { numRuns: 500 },
    );
  });
});

describe('EASL products (0.0001 mm² units)', () => {
  const easl = (cells: [number, number][]) =>
    evaluateAssessment(
      buildAssessment({
        criteria: 'EASL',
        options: { stickyResponse: false },
        lesions: [target('T1', cells.map(([l, p]) => ({ viableLongestDiameterMm: l, viablePerpendicularDiameterMm: p })))],
      }),
    ).timepoints;

  it('exactly −50% is PR, exactly +25% over the nadir is PD', () => {
    const [fu1, fu2] = easl([[40, 30], [30, 20], [30, 25]]);
    expect(fu1).toMatchObject({ targetSum: 600, changeFromBaselinePct: -50, targetResponse: 'PR' });
    expect(fu2).toMatchObject({ targetSum: 750, nadirSum: 600, changeFromNadirPct: 25, targetResponse: 'PD' });
    expect(fu2?.reasons[0]).toEqual({
      code: 'target-pd',
      params: { criteria: 'EASL', pct: 25, nadir: { value: 600, unit: 'mm²' }, sum: { value: 750, unit: 'mm²' }, thresholdPct: 25 },
    });
  });

  it('just short of −50% and +25% is SD', () => {
    const [fu1, fu2] = easl([[40, 30], [30, 20.1], [30, 24.9]]);
    expect(fu1?.targetResponse).toBe('SD');
    expect(fu2?.targetResponse).toBe('SD');
  });
});

describe('helpers', () => {
  it('roundDiv rounds half away from zero exactly', () => {
    expect(roundDiv(5, 2)).toBe(3);
    expect(roundDiv(-5, 2)).toBe(-3);
    expect(roundDiv(7, 3)).toBe(2);
    expect(roundDiv(-7, 3)).toBe(-2);
  });

  it('percentChange is exact and null for a zero reference', () => {
    expect(percentChange(980, 1400)).toBe(-30);
    expect(percentChange(2400, 1400)).toBe(71.43);
    expect(percentChange(600, 0)).toBeNull();
  });
});
