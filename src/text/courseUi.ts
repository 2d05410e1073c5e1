/**
 * The words of the treatment-course panels (English): one object per language
 * later, so every label the panels show is here and none is typed in a component.
 */
export const COURSE_UI = {
  treatmentsTitle: 'Treatment course',
  treatmentsEmpty: 'No treatment recorded. Add TACE sessions, ablations, HAIC, resection or systemic therapy to see them on the timeline.',
  date: 'Date',
  type: 'Treatment',
  drug: 'Drug',
  drugRequired: 'Drug (required for systemic therapy)',
  treatedLesions: 'Treated lesions',
  note: 'Note',
  add: 'Add',
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  delete: 'Delete',
  notSaved: 'Not saved:',
  markersTitle: 'Tumour markers',
  markersEmpty: 'No marker value recorded.',
  marker: 'Marker',
  value: 'Value',
  markerBaselineRule: (baselineDate: string | undefined) =>
    `Change is from each marker's baseline value: the latest on or before the baseline imaging date${baselineDate ? ` (${baselineDate})` : ''}.`,
  markerIsBaseline: 'baseline value',
  markerBeforeBaseline: 'before the baseline value',
  markerNoBaseline: 'no value on or before the baseline date',
  lrTrTitle: 'LI-RADS treatment response',
  lrTrNone: '— not assessed —',
  lrTrVersion: 'Version',
  lrTrChecklist: 'Criteria seen',
  timelineLabel: 'Treatments and imaging on one time axis',
  sumPlotLabel: 'Target sum over time',
  sumPlotWithMarkersLabel: 'Target sum and tumour markers over time',
  sumAxis: (unit: string) => `sum (${unit})`,
  markerAxis: (marker: string, unit: string) => `${marker} (${unit}, log)`,
  markerPoint: (marker: string, value: number, unit: string, date: string) => `${marker} ${value} ${unit} on ${date}`,
  lrTrChecklistMeetsViable: 'The ticked criteria meet LR-TR Viable (enhancing nodular, mass-like or thick irregular tissue).',
} as const;

/** "−75.0% from baseline", "+12.5% from baseline". */
export function markerChangeText(changePct: number): string {
  return `${changePct > 0 ? '+' : changePct < 0 ? '−' : '±'}${Math.abs(changePct).toFixed(1)}% from baseline`;
}
