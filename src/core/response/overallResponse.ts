/**
 * Overall timepoint response from the target, non-target and new-lesion parts.
 * Source: rule book §1.8, both tables (RECIST 1.1 Tables 1 and 2; NE rows inherited).
 * Precedence: any PD → PD; target NE → NE; then the table. Without targets the
 * middle category is NonCR/NonPD, never SD.
 */
import { message, type Message } from '../messages.ts';
import type { NonTargetResponse, OverallResponse, TargetResponse } from './types.ts';

/** The overall response and the sentence explaining which table row decided it. */
export interface OverallResult {
  response: OverallResponse;
  reason: Message;
}

/** Overall response per rule book §1.8. */
export function overallResponse(target: TargetResponse, nonTarget: NonTargetResponse, newLesion: boolean): OverallResult {
  const row = (response: OverallResponse) => ({ response, reason: message('overall', { response, target, nonTarget, newLesion }) });
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
        return { response: 'NE', reason: message('overall-nothing-to-assess', {}) };
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
