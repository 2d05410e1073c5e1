import { describe, expect, it } from 'vitest';
import { phaseSourceText } from '../text';
import { type ContrastPhase, type PhaseEvidence, type PhaseInput, inferPhase } from './inferPhase';

const rows: ReadonlyArray<[name: string, input: PhaseInput, phase: ContrastPhase, evidence: PhaseEvidence, source?: string]> = [
  // ContrastBolusAgentPhase wins over everything else.
  ['agent phase ARTERIAL', { ContrastBolusAgentPhase: 'ARTERIAL', SeriesDescription: 'PV' }, 'arterial', 'ContrastBolusAgentPhase', 'ContrastBolusAgentPhase ARTERIAL'],
  ['agent phase PORTAL_VENOUS', { ContrastBolusAgentPhase: 'PORTAL_VENOUS' }, 'portal-venous', 'ContrastBolusAgentPhase'],
  ['agent phase VENOUS', { ContrastBolusAgentPhase: 'VENOUS' }, 'portal-venous', 'ContrastBolusAgentPhase'],
  ['agent phase PRE_CONTRAST', { ContrastBolusAgentPhase: 'PRE_CONTRAST', ContrastBolusAgent: 'Iohexol' }, 'non-contrast', 'ContrastBolusAgentPhase'],
  ['agent phase DELAYED', { ContrastBolusAgentPhase: 'DELAYED' }, 'delayed', 'ContrastBolusAgentPhase'],
  ['agent phase STEADY_STATE', { ContrastBolusAgentPhase: 'STEADY_STATE' }, 'delayed', 'ContrastBolusAgentPhase'],
  ['agent phase CAPILLARY', { ContrastBolusAgentPhase: 'CAPILLARY' }, 'arterial', 'ContrastBolusAgentPhase'],
  ['POST_CONTRAST defers to the description', { ContrastBolusAgentPhase: 'POST_CONTRAST', SeriesDescription: 'Liver PV' }, 'portal-venous', 'SeriesDescription'],
  ['DYNAMIC without other evidence', { ContrastBolusAgentPhase: 'DYNAMIC' }, 'unknown', 'ContrastBolusAgentPhase'],
  // English keywords, whole tokens.
  ['ART', { SeriesDescription: 'ABD ART 1.25mm' }, 'arterial', 'SeriesDescription', "SeriesDescription keyword 'ART'"],
  ['Arterial', { SeriesDescription: 'Liver Arterial' }, 'arterial', 'SeriesDescription'],
  ['AP glued to digits', { SeriesDescription: 'AP2.5' }, 'arterial', 'SeriesDescription'],
  ['late arterial is arterial', { SeriesDescription: 'Late Arterial 2.5mm' }, 'arterial', 'SeriesDescription'],
  ['PV 2.5mm', { SeriesDescription: 'PV 2.5mm' }, 'portal-venous', 'SeriesDescription', "SeriesDescription keyword 'PV'"],
  ['portal venous', { SeriesDescription: 'Portal Venous' }, 'portal-venous', 'SeriesDescription'],
  ['NC', { SeriesDescription: 'NC 5mm' }, 'non-contrast', 'SeriesDescription'],
  ['non-contrast', { SeriesDescription: 'non-contrast abdomen' }, 'non-contrast', 'SeriesDescription'],
  ['plain', { SeriesDescription: 'Plain scan' }, 'non-contrast', 'SeriesDescription'],
  ['pre', { SeriesDescription: 'Pre liver' }, 'non-contrast', 'SeriesDescription'],
  ['delayed', { SeriesDescription: 'Delayed 3min' }, 'delayed', 'SeriesDescription'],
  ['equilibrium', { SeriesDescription: 'equilibrium phase' }, 'delayed', 'SeriesDescription'],
  ['late alone', { SeriesDescription: 'late' }, 'delayed', 'SeriesDescription'],
  ['PARTIAL is not ART', { SeriesDescription: 'PARTIAL LIVER', ContrastBolusAgent: 'Iopamidol' }, 'unknown', 'ContrastBolusAgent'],
  ['PREP is not pre', { SeriesDescription: 'PREP', ContrastBolusAgent: 'Iopamidol' }, 'unknown', 'ContrastBolusAgent'],
  ['conflicting keywords fall through', { SeriesDescription: 'ART PV fused', ContrastBolusStartTime: '100000', AcquisitionTime: '100130' }, 'portal-venous', 'bolusTiming'],
  // Chinese keywords, substrings.
  ['动脉期', { SeriesDescription: '肝脏动脉期 1.25mm' }, 'arterial', 'SeriesDescription', "SeriesDescription keyword '动脉'"],
  ['晚动脉期', { SeriesDescription: '晚动脉期' }, 'arterial', 'SeriesDescription'],
  ['门脉期', { SeriesDescription: '门脉期' }, 'portal-venous', 'SeriesDescription'],
  ['门静脉期', { SeriesDescription: '门静脉期 5mm' }, 'portal-venous', 'SeriesDescription'],
  ['静脉期', { SeriesDescription: '静脉期' }, 'portal-venous', 'SeriesDescription'],
  ['平扫', { SeriesDescription: '上腹部平扫' }, 'non-contrast', 'SeriesDescription'],
  ['延迟期', { SeriesDescription: '延迟期 3min' }, 'delayed', 'SeriesDescription'],
  ['mixed script', { SeriesDescription: 'Abdomen 动脉期 ART' }, 'arterial', 'SeriesDescription'],
  // Bolus timing.
  ['35 s after bolus start', { ContrastBolusStartTime: '140000', AcquisitionTime: '140035' }, 'arterial', 'bolusTiming', 'bolus delay 35 s'],
  ['70 s after bolus start', { ContrastBolusStartTime: '140000', AcquisitionTime: '140110.4' }, 'portal-venous', 'bolusTiming', 'bolus delay 70 s'],
  ['180 s after bolus start', { ContrastBolusStartTime: '140000', AcquisitionTime: '140300' }, 'delayed', 'bolusTiming'],
  ['across midnight', { ContrastBolusStartTime: '235950', AcquisitionTime: '000025' }, 'arterial', 'bolusTiming', 'bolus delay 35 s'],
  ['before bolus start', { ContrastBolusStartTime: '140000', AcquisitionTime: '135930' }, 'non-contrast', 'bolusTiming', 'acquired 30 s before bolus start'],
  ['5 s after bolus start', { ContrastBolusStartTime: '140000', AcquisitionTime: '140005' }, 'unknown', 'bolusTiming'],
  // Agent only.
  ['agent without phase', { ContrastBolusAgent: 'Iohexol 350' }, 'unknown', 'ContrastBolusAgent', "contrast agent 'Iohexol 350' recorded, phase not stated"],
  ['agent NONE', { ContrastBolusAgent: 'NONE' }, 'non-contrast', 'ContrastBolusAgent', "ContrastBolusAgent 'NONE'"],
  ['nothing recorded', {}, 'non-contrast', 'ContrastBolusAgent', 'no contrast agent recorded'],
  ['not CT or MR', { Modality: 'DX', SeriesDescription: 'Chest AP' }, 'unknown', 'none'],
];

describe('inferPhase', () => {
  it.each(rows)('%s', (_name, input, phase, evidence, source) => {
    const result = inferPhase(input);
    expect(result.phase).toBe(phase);
    expect(result.evidence).toBe(evidence);
    if (source) expect(phaseSourceText(result.source, 'en')).toBe(source);
  });
});
