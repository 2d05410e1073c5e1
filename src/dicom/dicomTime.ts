/**
 * Seconds since midnight of a DICOM TM value (`HHMMSS.FFFFFF`, components after HH
 * optional; the ACR-NEMA `HH:MM:SS` form too), or undefined when unreadable.
 */
export function tmToSeconds(tm: string | undefined): number | undefined {
  const match = /^(\d{2})(\d{2})?(\d{2})?(\.\d{1,6})?$/.exec((tm ?? '').trim().replace(/:/g, ''));
  if (!match) return undefined;
  const [, hh, mm, ss, frac] = match;
  const seconds = Number(hh) * 3600 + Number(mm ?? 0) * 60 + Number(ss ?? 0) + Number(frac ?? 0);
  return seconds < 86_400 ? seconds : undefined;
}

/** A DICOM TM as `HH:MM:SS` for labels; undefined when unreadable. */
export function formatTm(tm: string | undefined): string | undefined {
  const seconds = tmToSeconds(tm);
  if (seconds === undefined) return undefined;
  const whole = Math.floor(seconds);
  return [whole / 3600, (whole % 3600) / 60, whole % 60].map((n) => String(Math.floor(n)).padStart(2, '0')).join(':');
}

/**
 * Seconds from `startTm` to `endTm`. Both are times of day without a date, so an
 * end more than 12 h before the start is taken to be after midnight.
 */
export function secondsBetween(startTm: string | undefined, endTm: string | undefined): number | undefined {
  const start = tmToSeconds(startTm);
  const end = tmToSeconds(endTm);
  if (start === undefined || end === undefined) return undefined;
  const delta = end - start;
  return delta < -43_200 ? delta + 86_400 : delta;
}
