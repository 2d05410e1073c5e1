// The scenario's numbers must agree with the hand-written expectations that other
// engineers test against; these checks catch an edited shape that no longer does.
import { describe, expect, it } from 'vitest';
import { CT_GRID, EXPECTED_RESPONSES, LESIONS, type LesionComponent, type TimepointId } from './description.ts';
import { lesionGeometry } from './lesions.ts';

const TIMEPOINTS: TimepointId[] = ['BL', 'FU1', 'FU2'];

function targetSum(timepoint: TimepointId, measure: 'viable' | 'whole'): number {
  return LESIONS.filter((lesion) => lesion.role === 'target').reduce((sum, lesion) => {
    const geometry = lesionGeometry(lesion, timepoint);
    return sum + (measure === 'viable' ? (geometry?.viable?.lengthMm ?? 0) : (geometry?.whole.lengthMm ?? 0));
  }, 0);
}

/** Is every point of `inner`'s surface (sampled) strictly inside `outer`? Both share the lesion frame. */
function containedIn(inner: LesionComponent, outer: LesionComponent): boolean {
  for (let i = 0; i < 24; i++) {
    for (let j = 1; j < 12; j++) {
      const [theta, phi] = [(i / 24) * 2 * Math.PI, (j / 12) * Math.PI];
      const p = [0, 1, 2].map((k) => {
        const unit = [Math.cos(theta) * Math.sin(phi), Math.sin(theta) * Math.sin(phi), Math.cos(phi)][k] ?? 0;
        return (inner.offsetMm[k] ?? 0) + unit * (inner.semiAxesMm[k] ?? 0) - (outer.offsetMm[k] ?? 0);
      });
      const q = p.reduce((sum, value, k) => sum + (value / (outer.semiAxesMm[k] ?? 1)) ** 2, 0);
      if (q >= 1) return false;
    }
  }
  return true;
}

describe('scenario description', () => {
  it('gives the brief\'s per-lesion diameters', () => {
    const sizes = Object.fromEntries(LESIONS.map((lesion) => [lesion.id, TIMEPOINTS.map((tp) => {
      const g = lesionGeometry(lesion, tp);
      return g ? [g.viable?.lengthMm ?? 0, g.whole.lengthMm] : null;
    })]));
    expect(sizes).toEqual({
      T1: [[42, 42], [14, 40], [24, 44]],
      T2: [[28, 28], [0, 26], [0, 25]],
      NT1: [[18, 18], [18, 18], [18, 18]],
      N1: [null, null, [16, 16]],
    });
  });

  it('matches the expected target sums for mRECIST (viable) and RECIST 1.1 (whole lesion)', () => {
    for (const response of EXPECTED_RESPONSES) {
      const measure = response.criteria === 'mRECIST' ? 'viable' : 'whole';
      for (const row of response.timepoints) expect(targetSum(row.timepoint, measure), `${response.criteria} ${row.timepoint}`).toBe(row.targetSumMm);
    }
  });

  it('keeps the long axis longest and every inner part inside the whole-lesion outline', () => {
    for (const lesion of LESIONS) {
      for (const tp of TIMEPOINTS) {
        const [outline, ...inner] = lesion.states[tp] ?? [];
        for (const part of [outline, ...inner]) {
          if (!part) continue;
          expect(part.semiAxesMm[0]).toBeGreaterThan(Math.max(part.semiAxesMm[1], part.semiAxesMm[2]));
          expect(part.offsetMm[2], 'long axis in the centre plane').toBe(0);
        }
        for (const part of inner) expect(containedIn(part, outline as LesionComponent), `${lesion.id} ${tp} ${part.tissue}`).toBe(true);
        expect(inner.filter((part) => part.tissue === 'viable').length + (outline?.tissue === 'viable' ? 1 : 0)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('centres every lesion on a slice of both the 2.5 mm and the 5 mm grid', () => {
    for (const lesion of LESIONS) {
      expect(((CT_GRID.zTopMm - lesion.centreMm[2]) / 5) % 1).toBe(0);
    }
  });
});
