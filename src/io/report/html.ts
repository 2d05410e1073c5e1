/** Escaping for the report's HTML: every value that comes from a file or a DICOM header passes through it. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A number with 1 decimal and its unit, or an em dash when absent. */
export function mm(value: number | null | undefined, unit = 'mm'): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(1)} ${unit}`;
}

/** `+12.34%` / `-80.00%`, or an em dash. */
export function signedPct(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(2)}%`;
}
