/** Words for the treatment course: treatment types, LI-RADS treatment response, tumour markers (English). */
import type { LrTrCategory, LrTrFeature, LrTrVersion, MarkerName, TreatmentType } from '../core/index.ts';

export const TREATMENT_LABEL: Record<TreatmentType, string> = {
  cTACE: 'cTACE',
  'DEB-TACE': 'DEB-TACE',
  TARE: 'TARE (Y-90)',
  'ablation-RFA': 'ablation (RFA)',
  'ablation-MWA': 'ablation (MWA)',
  HAIC: 'HAIC',
  resection: 'resection',
  systemic: 'systemic therapy',
};

/** Short marks for the timeline strip, where space is tight. */
export const TREATMENT_SHORT: Record<TreatmentType, string> = {
  cTACE: 'cTACE',
  'DEB-TACE': 'DEB',
  TARE: 'TARE',
  'ablation-RFA': 'RFA',
  'ablation-MWA': 'MWA',
  HAIC: 'HAIC',
  resection: 'Res',
  systemic: 'Sys',
};

export const LR_TR_LABEL: Record<LrTrCategory, string> = {
  nonviable: 'LR-TR Nonviable',
  equivocal: 'LR-TR Equivocal',
  viable: 'LR-TR Viable',
  nonevaluable: 'LR-TR Nonevaluable',
};

/** Short marks for the lesion table's cells. */
export const LR_TR_SHORT: Record<LrTrCategory, string> = {
  nonviable: 'TR-NV',
  equivocal: 'TR-Eq',
  viable: 'TR-V',
  nonevaluable: 'TR-NE',
};

export const LR_TR_VERSION_LABEL: Record<LrTrVersion, string> = { v2018: 'LI-RADS v2018', v2024: 'LI-RADS v2024' };

export const LR_TR_FEATURE_LABEL: Record<LrTrFeature, string> = {
  'arterial-phase-hyperenhancement': 'arterial phase hyperenhancement',
  'washout-appearance': 'washout appearance',
  'enhancement-similar-to-pretreatment': 'enhancement similar to pre-treatment',
  'nodular-masslike-or-thick-irregular-tissue': 'nodular, mass-like or thick irregular tissue',
};

export const MARKER_LABEL: Record<MarkerName, string> = { AFP: 'AFP', 'PIVKA-II': 'PIVKA-II (DCP)' };

/** "cTACE (doxorubicin)": a treatment with its drug when one is named. */
export function treatmentText(treatment: { type: TreatmentType; drug?: string | undefined }): string {
  return treatment.drug ? `${TREATMENT_LABEL[treatment.type]} (${treatment.drug})` : TREATMENT_LABEL[treatment.type];
}

