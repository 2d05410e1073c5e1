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
      keyImages: { available: false, reason: 'no images on the command line' },
      createdAt,
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-testid="no-key-images">no images on the command line</p>');
    expect(html).not.toContain('<figure');
    expect(html).toContain('Research software, not a medical device.');
  });

  it('puts the image of every target and new-lesion caliper in its place, and says why one is missing', () => {
    const measurements = Object.values(sampleMeasurements());
    const html = buildResponseReport({
      assessment: sampleAssessment(),
      measurements,
      keyImages: { available: true, byMeasurementId: { 'c-fu': { dataUrl: 'data:image/png;base64,AAAA' }, 'c-n1': { error: 'decoding failed' } } },
      createdAt,
    });
    const figures = [...html.matchAll(/<figure class="key-image" data-lesion-id="(\w+)" data-timepoint-id="(\w+)" data-measurement-id="([\w-]+)">(.*?)<\/figure>/g)];
    // T1 (target): both BL fragments then FU1, by date; N1 (new): its whole diameter. NT1 has no caliper.
    expect(figures.map((f) => f[3])).toEqual(['c-bl-1', 'c-bl-2', 'c-fu', 'c-n1']);
    expect(figures[2]![4]).toContain('<img src="data:image/png;base64,AAAA"');
    expect(figures[2]![4]).toContain('T1 · FU1 +42 d (2026-02-23) · viable Ø 18.5 mm');
    expect(figures[3]![4]).toContain('image not available: decoding failed');
    expect(figures[0]![4]).toContain('image not available</div>');
  });

  it('reports the EASL product and the sum in mm² under EASL', () => {
    const html = buildResponseReport({
      assessment: { ...sampleAssessment(), criteria: 'EASL' },
      measurements: [caliper('e-bl', 'T1', 'BL', 30, { kind: 'viable-bidirectional' }), caliper('e-fu', 'T1', 'FU1', 20, { kind: 'viable-bidirectional' })],
      keyImages: { available: false, reason: 'none' },
      createdAt,
    });
    expect(html).toContain('EASL 30.0 × 8.0 = 240.0 mm²');
    expect(html).toContain('240.0 mm²');
    expect(html).toContain('Partial response at a 50% fall from baseline');
  });
});
