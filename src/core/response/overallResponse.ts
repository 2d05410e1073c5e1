/**
 * Overall timepoint response from the target, non-target and new-lesion parts.
 * Source: rule book §1.8, both tables (RECIST 1.1 Tables 1 and 2; NE rows inherited).
 * Precedence: any PD → PD; target NE → NE; then the table. Without targets the
 * middle category is NonCR/NonPD, never SD.
 */
import type { NonTargetResponse, OverallResponse, TargetResponse } from './types.ts';

/** The overall response and the sentence explaining which table row decided it. */
export interface OverallResult {
  response: OverallResponse;
  reason: string;
}

/** Overall response per rule book §1.8. */
export function overallResponse(target: TargetResponse, nonTarget: NonTargetResponse, newLesion: boolean): OverallResult {
  const parts = `targets ${target}, non-targets ${nonTarget}, ${newLesion ? 'a new lesion' : 'no new lesion'}`;
  const row = (response: OverallResponse) => ({ response, reason: `overall ${response} (${parts})` });
  if (target === 'PD' || nonTarget === 'PD' || newLesion) return row('PD');
  if (target === 'NA') {
    // Non-target-only table (RECIST 1.1 Table 2).
    switch (nonTarget) {
      case 'CR':
        return row('CR');
      case 'NonCR/NonPD':
        return row('NonCR/NonPD');
      case 'NE':
        return row('NE');
      case 'NA':
        return { response: 'NE', reason: `overall NE (no target or non-target lesions to assess, no new lesion)` };
    }
  }
  switch (target) {
    case 'NE':
      return row('NE');
    case 'CR':
      // Row 1 needs non-target CR (or none); rows 2 and 3 give PR.
      return row(nonTarget === 'CR' || nonTarget === 'NA' ? 'CR' : 'PR');
    case 'PR':
      return row('PR');
    case 'SD':
      return row('SD');
  }
}
