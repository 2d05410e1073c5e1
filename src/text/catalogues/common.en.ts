/** Words shared by many parts of the UI (English). Keys are stable ids; values are what the reader sees. */
export const common = {
  close: 'Close',
  cancel: 'Cancel',
  ok: 'OK',
  language: 'Language',
  phase: {
    arterial: 'arterial',
    'portal-venous': 'portal venous',
    delayed: 'delayed',
    'non-contrast': 'non-contrast',
    unknown: 'phase unknown',
  },
  /**
   * The phase a series is classified as, in sentences and lists about a caliper drawn
   * on it (notes, notices, the caliper list, the report): English names it as the
   * classification does ("portal-venous", the word readers look for in a note);
   * other languages say their phase names (`phase`). A reference `$t(ns:key)` names
   * its namespace, so it reads the same from any namespace.
   */
  seriesPhase: {
    arterial: '$t(common:phase.arterial)',
    'arterial-subtraction': 'arterial-subtraction',
    'portal-venous': 'portal-venous',
    delayed: '$t(common:phase.delayed)',
    'non-contrast': '$t(common:phase.non-contrast)',
    unknown: 'unknown',
  },
  /** A caliper's kind as the caliper list, notes, notices and the report name it. */
  caliperKind: { viable: 'viable Ø', whole: 'whole Ø', 'short-axis': 'short axis', 'viable-bidirectional': 'EASL ⟂' },
  /** Between the items of a list in a sentence or a cell ("T1, T2"). */
  listSeparator: ', ',
};
