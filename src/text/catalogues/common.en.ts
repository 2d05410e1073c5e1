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
};
