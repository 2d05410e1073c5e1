/**
 * Best overall response, unconfirmed: the best timepoint response from baseline
 * up to and including the first PD, ordered CR > PR > SD > NonCR/NonPD > PD > NE.
 * SD and NonCR/NonPD count only at least `minSdDays` after baseline.
 * Sources: spec "bestOverallResponse"; rule book §1.9.
 */
import type { OverallResponse } from './types.ts';

/** One follow-up timepoint's overall response and its distance from baseline. */
export interface BorEntry {
  overallResponse: OverallResponse;
  daysFromBaseline: number;
}

const RANK: Readonly<Record<OverallResponse, number>> = {
  CR: 0,
  PR: 1,
  SD: 2,
  'NonCR/NonPD': 3,
  PD: 4,
  NE: 5,
};

/** Best overall response over `entries` (date order); `NE` when there are none. */
export function bestOverallResponse(entries: readonly BorEntry[], minSdDays: number): OverallResponse {
  let best: OverallResponse = 'NE';
  for (const { overallResponse, daysFromBaseline } of entries) {
    const stable = overallResponse === 'SD' || overallResponse === 'NonCR/NonPD';
    if (!(stable && daysFromBaseline < minSdDays) && RANK[overallResponse] < RANK[best]) best = overallResponse;
    if (overallResponse === 'PD') break;
  }
  return best;
}
