// The study browser in either language: series counts, phases, why a study is left out and what is not displayed.
import { describe, expect, it } from 'vitest';
import { openPatientAssessment } from '../actions';
import { scanned } from '../dicom/testing/scanned';
import { createAppStore, type SkippedFile } from '../store';
import { StudyBrowser } from './StudyBrowser';
import { latinWordsBut, renderInLocale, visibleText } from './testing/renderInLocale';

const study = (n: number, date: string, description: string, modality = 'CT') =>
  scanned(`f${n}`, {
    StudyInstanceUID: `2.25.7.${n}`,
    SeriesInstanceUID: `2.25.7.${n}.1`,
    StudyDate: date,
    StudyDescription: description,
    SeriesDescription: 'ART',
    Modality: modality,
    PatientID: 'P1',
    PatientName: 'DOE^JANE',
  });

const SEGMENTATION: SkippedFile = {
  path: 'seg.dcm',
  reason: { code: 'not-displayed', object: 'segmentation', sopClassUid: '1.2.840.10008.5.1.4.1.1.66.4' },
  notDisplayed: { kind: 'segmentation', StudyInstanceUID: '2.25.7.9', StudyDate: '20260301', PatientName: 'DOE^JANE', SeriesDescription: 'Liver SEG' },
};

/** A patient with a baseline, an angiography on the day of TACE (left out) and a segmentation of a study not open. */
async function render(locale: 'en' | 'zh-CN'): Promise<string> {
  const store = createAppStore();
  store.getState().scanFinished({ instances: [study(1, '20260112', 'CT LIVER'), study(2, '20260201', 'DSA TACE', 'XA')], skipped: [SEGMENTATION] });
  await openPatientAssessment(store, async () => undefined);
  return renderInLocale(locale, <StudyBrowser />, store);
}

describe('StudyBrowser', () => {
  it('reads as before in English', async () => {
    const text = visibleText(await render('en'));
    expect(text).toContain('1 image');
    expect(text).toContain('not in assessment: intra-procedural imaging');
    expect(text).toContain('Studies with nothing to display');
    expect(text).toContain('not displayed: segmentation');
    expect(text).toMatch(/<option value="portal-venous">portal venous<\/option>|portal venous/);
  });

  it('reads in 简体中文: phases, counts and why a study is left out', async () => {
    const html = await render('zh-CN');
    expect(html).toContain('<option value="arterial">动脉期</option>');
    expect(html).toContain('<option value="unknown">未知</option>');
    expect(html).toContain('aria-label="检查"');
    const text = visibleText(html);
    expect(text).toContain('1 幅图像');
    expect(text).toContain('未纳入评估：术中影像');
    expect(text).toContain('无可显示内容的检查');
    expect(text).toContain('不显示：分割');
    expect(text).not.toContain('⟦');
    // Left in Latin letters: the patient's data (name, descriptions, modality, file name); where the phase
    // was read from and the timepoint label come in English from the layers below (not translated yet).
    const data = ['DOE', 'JANE', 'P', 'CT', 'LIVER', 'DSA', 'TACE', 'XA', 'ART', 'Liver', 'SEG', 'seg', 'dcm', 'Baseline'];
    const phaseSources = [...html.matchAll(/data-testid="phase-source">([^<]*)</g)].map((match) => visibleText(match[1]!).trim());
    const withoutSources = phaseSources.reduce((rest, source) => rest.split(source).join(' '), text);
    expect(latinWordsBut(withoutSources, data)).toEqual([]);
  });
});
