// The timeline strip puts treatments and imaging on one calendar axis and flags the
// timepoints the course warns about; the sum plot shares that axis.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { evaluateAssessment, timepointPlaces, type Assessment } from '../../core';
import { timepointLabel, timepointShortLabel, type Locale } from '../../text';
import { inLocale } from '../testing/inLocale';
import { englishWordsLeft } from '../../text/testing/englishLeft';
import { visibleWords } from './testing/renderPanel';
import { TimelineStrip } from './TimelineStrip';
import { COURSE_PLOT } from './timeAxis';

const assessment: Assessment = {
  format: 'tumor-response-assessment',
  version: 1,
  criteria: 'mRECIST',
  timepoints: [
    { id: 'BL', date: '2026-01-01' },
    { id: 'FU1', date: '2026-01-21' },
    { id: 'FU2', date: '2026-03-02' },
  ],
  lesions: [{ id: 'T1', role: 'target', organ: 'liver', findings: { BL: { viableLongestDiameterMm: 30 } } }],
  treatments: [{ date: '2026-01-11', type: 'DEB-TACE', lesionIds: ['T1'], note: 'right lobe' }],
};

function render(locale: Locale = 'en'): string {
  const result = evaluateAssessment(assessment);
  const places = Object.entries(timepointPlaces(assessment.timepoints, 'BL'));
  const labels = {
    full: Object.fromEntries(places.map(([id, place]) => [id, timepointLabel(place, locale)])),
    short: Object.fromEntries(places.map(([id, place]) => [id, timepointShortLabel(place, locale)])),
  };
  return renderToStaticMarkup(
    inLocale(locale, <TimelineStrip assessment={assessment} baselineId="BL" labels={labels} warnings={result.warnings} locale={locale} />),
  );
}

describe('TimelineStrip', () => {
  it('places treatments and timepoints by date on the shared axis', () => {
    const html = render();
    // 2026-01-01 … 2026-03-02 is 60 days: the TACE (day 10) sits a sixth of the way along.
    const sixth = COURSE_PLOT.left + (COURSE_PLOT.right - COURSE_PLOT.left) / 6;
    expect(html).toContain(`<line x1="${sixth}" y1="18" x2="${sixth}"`);
    expect(html).toMatch(/data-testid="timeline-treatment" data-type="DEB-TACE" data-date="2026-01-11"><title>2026-01-11: DEB-TACE — T1 — right lobe<\/title>/);
    expect(html).toContain(`<circle cx="${COURSE_PLOT.left}" cy="36"`);
    expect(html).toContain(`<circle cx="${COURSE_PLOT.right}" cy="36"`);
  });

  it('flags a follow-up too early after TACE with the warning as its tooltip, and only that one', () => {
    const html = render();
    expect(html).toMatch(/class="imaging flagged" data-testid="timeline-timepoint" data-timepoint-id="FU1" data-warning="true"><title>2026-01-21: FU1 \+20 d\nfollow-up FU1 \(2026-01-21\) is 10 days after DEB-TACE/);
    expect(html).toContain('class="imaging" data-testid="timeline-timepoint" data-timepoint-id="FU2">');
    expect(html).toContain('class="imaging baseline" data-testid="timeline-timepoint" data-timepoint-id="BL">');
  });

  it('says it all in 简体中文: dates, treatment, labels and the warning', () => {
    const html = render('zh-CN');
    expect(html).toMatch(/data-type="DEB-TACE" data-date="2026-01-11"><title>2026年1月11日：载药微球 TACE（DEB-TACE） — T1 — right lobe<\/title>/);
    expect(html).toMatch(/data-timepoint-id="FU1" data-warning="true"><title>2026年1月21日：随访1 \+20 天\n随访 FU1（2026-01-21）距 2026-01-11 的载药微球 TACE（DEB-TACE）仅 10 天/);
    expect(html).toContain('aria-label="治疗与影像检查在同一时间轴上"');
    const words = visibleWords(html);
    expect(words).not.toContain('⟦');
    // The note is what the reader typed.
    expect(englishWordsLeft(words, ['right', 'lobe'])).toEqual([]);
  });
});
