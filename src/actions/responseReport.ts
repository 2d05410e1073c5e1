/**
 * The printable response report of the open assessment, with a key image for
 * every caliper of a target or new lesion, re-rendered from the open images
 * (the store keeps each caliper's image and patient-space endpoints, not pixels).
 */
import { caliperLengthsMm, type Measurement } from '../core';
import { buildResponseReport, keyImageCalipers, type KeyImage, type KeyImageProblem } from '../io';
import { reportText, type Locale } from '../text';
import { selectIndex, selectMeasurementList, type AppStore } from '../store';
import { imageLookupFor, renderKeyImages, type KeyImageCaliper, type KeyImageRequest } from '../viewer';
import { exportFilename, type TextFile } from './assessmentFiles';

/** The line(s) and label drawn on a caliper's key image, the label in the report's language. */
function keyImageCaliper(m: Measurement, locale: Locale): KeyImageCaliper {
  const [a, b, c, d] = m.pointsMm;
  const lengths = caliperLengthsMm(m);
  const size = lengths.short !== undefined ? `${lengths.long.toFixed(1)} × ${lengths.short.toFixed(1)} mm` : `${lengths.long.toFixed(1)} mm`;
  return {
    segmentsMm: c && d ? [[a!, b!], [c, d]] : [[a!, b!]],
    label: `${m.lesionId} ${reportText(locale).calipers.kinds[m.kind]} ${size}`,
  };
}

/**
 * The report as an HTML file in the reader's language (the store's locale). A key
 * image that cannot be drawn (its image is not open, or fails to decode) is
 * reported in its place rather than left out.
 */
export async function makeResponseReport(store: AppStore, now = new Date()): Promise<TextFile> {
  const state = store.getState();
  if (!state.assessment) throw new Error('no assessment is open');
  const measurements = selectMeasurementList(state);
  const lookup = imageLookupFor(selectIndex(state));
  const byMeasurementId: Record<string, KeyImage | KeyImageProblem> = {};
  const toRender: Array<KeyImageRequest & { measurementId: string }> = [];
  for (const m of keyImageCalipers(state.assessment, measurements)) {
    const location = lookup.bySop(m.image.sopInstanceUid, m.image.frameIndex);
    if (location) toRender.push({ measurementId: m.id, imageId: location.imageId, caliper: keyImageCaliper(m, state.locale) });
    else byMeasurementId[m.id] = { problem: 'not-open' };
  }
  const images = await renderKeyImages(toRender);
  toRender.forEach(({ measurementId }, i) => {
    const image = images[i]!;
    byMeasurementId[measurementId] = image instanceof Error ? { problem: 'render-failed', detail: image.message } : { dataUrl: image };
  });
  const text = buildResponseReport({
    assessment: state.assessment,
    measurements,
    keyImages: { available: true, byMeasurementId },
    createdAt: now,
    locale: state.locale,
  });
  return { filename: exportFilename(state, 'html', now), text, mimeType: 'text/html' };
}
