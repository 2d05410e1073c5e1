import { describe, expect, it } from 'vitest';
import { caliper, sampleAssessment, sampleMeasurements } from '../testing/fixtures';
import { buildResponseReport } from './responseReport';

const createdAt = new Date('2026-05-01T10:00:00Z');

describe('buildResponseReport', () => {
  it('escapes what comes from the file, and says where key images would be when there are none', () => {
    const assessment = sampleAssessment();
    assessment.patient = { id: '<script>alert(1)</script>' };
    const html = buildResponseReport({
      assessment,
      measurements: Object.values(sampleMeasurements()),
      keyImages: { available: false, reason: 'made-without-images' },
      createdAt,
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-testid="no-key-images">Key images are not included: this report was made on the command line, without the images.');
    expect(html).not.toContain('<figure');
    expect(html).toContain('Research software, not a medical device.');
  });

  it('puts the image of every target and new-lesion caliper in its place, and says why one is missing', () => {
    const measurements = Object.values(sampleMeasurements());
    const html = buildResponseReport({
      assessment: sampleAssessment(),
      measurements,
      keyImages: { available: true, byMeasurementId: { 'c-fu': { dataUrl: 'data:image/png;base64,AAAA' }, 'c-n1': { problem: 'render-failed', detail: 'decoding failed' }, 'c-bl-2': { problem: 'not-open' } } },
      createdAt,
    });
    const figures = [...html.matchAll(/<figure class="key-image" data-lesion-id="(\w+)" data-timepoint-id="(\w+)" data-measurement-id="([\w-]+)">(.*?)<\/figure>/g)];
    // T1 (target): both BL fragments then FU1, by date; N1 (new): its whole diameter. NT1 has no caliper.
    expect(figures.map((f) => f[3])).toEqual(['c-bl-1', 'c-bl-2', 'c-fu', 'c-n1']);
    expect(figures[2]![4]).toContain('<img src="data:image/png;base64,AAAA"');
    expect(figures[2]![4]).toContain('T1 · FU1 +42 d (2026-02-23) · viable Ø 18.5 mm');
    expect(figures[3]![4]).toContain('image not available: decoding failed');
    expect(figures[0]![4]).toContain('image not available</div>');
    expect(figures[1]![4]).toContain('image not available: its image is not among the open studies</div>');
  });

  it('reports the EASL product and the sum in mm² under EASL', () => {
    const html = buildResponseReport({
      assessment: { ...sampleAssessment(), criteria: 'EASL' },
      measurements: [caliper('e-bl', 'T1', 'BL', 30, { kind: 'viable-bidirectional' }), caliper('e-fu', 'T1', 'FU1', 20, { kind: 'viable-bidirectional' })],
      keyImages: { available: false, reason: 'made-without-images' },
      createdAt,
    });
    expect(html).toContain('EASL 30.0 × 8.0 = 240.0 mm²');
    expect(html).toContain('240.0 mm²');
    expect(html).toContain('Partial response at a 50% fall from baseline');
  });

  it('lists the treatments, the marker values with their change from the baseline value, LR-TR beside the finding, and the course warnings', () => {
    const assessment = sampleAssessment();
    assessment.lesions[0]!.findings.FU1 = {
      ...assessment.lesions[0]!.findings.FU1,
      lrTr: { category: 'nonviable', version: 'v2018', features: ['washout-appearance'] },
    };
    assessment.treatments = [{ date: '2026-02-01', type: 'cTACE', drug: 'doxorubicin', lesionIds: ['T1'], note: '<b>right</b> lobe' }];
    assessment.markers = [
      { marker: 'AFP', date: '2026-01-10', value: 400, unit: 'ng/mL' },
      { marker: 'AFP', date: '2026-02-23', value: 100, unit: 'ng/mL' },
    ];
    const html = buildResponseReport({ assessment, measurements: Object.values(sampleMeasurements()), keyImages: { available: false, reason: 'made-without-images' }, createdAt });
    expect(html).toContain('<tr data-treatment-type="cTACE"><td>2026-02-01</td><td>cTACE (doxorubicin)</td><td>T1</td><td>&lt;b&gt;right&lt;/b&gt; lobe</td></tr>');
    expect(html).toContain('<tr data-marker="AFP" data-date="2026-01-10"><td>AFP</td><td>2026-01-10</td><td class="num">400 ng/mL</td><td class="num">baseline value</td></tr>');
    expect(html).toContain('<td class="num">100 ng/mL</td><td class="num">-75.00%</td>');
    expect(html).toContain('latest value on or before the baseline imaging date (2026-01-12)');
    expect(html).toContain('LR-TR Nonviable (LI-RADS v2018): washout appearance');
    // The markers share the trend plot, on a log axis in decades (100 and 1,000 around 100–400 ng/mL).
    expect(html).toContain('<h2>Target sum and tumour markers over time</h2>');
    const afpLine = /<g class="marker" data-marker="AFP"><polyline [^>]*points="([^"]+)"/.exec(html);
    expect(afpLine?.[1]?.split(' ')).toHaveLength(2);
    expect(html).toMatch(/font-size="10">100<\/text>.*font-size="10">1,000<\/text>/);
    // FU1 is 22 days after the cTACE; T1 is measured 18.5 mm viable there although LR-TR says Nonviable.
    expect(html).toContain('follow-up FU1 (2026-02-23) is 22 days after cTACE on 2026-02-01, earlier than 4 weeks: too early for mRECIST');
    expect(html).toContain('T1 at FU1 is LR-TR Nonviable, but viable tumour is recorded (viable diameter 18.5 mm)');
  });
});
