/** DICOM DA `YYYYMMDD` → `YYYY-MM-DD`; anything else is returned as given. */
export function formatDicomDate(da: string | undefined): string {
  if (!da) return '';
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(da.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : da;
}

/**
 * DICOM PN `Family^Given^Middle^Prefix^Suffix` → `Family, Given Middle`; only the
 * alphabetic group is shown (`=` starts the ideographic and phonetic ones).
 */
export function formatPersonName(pn: string | undefined): string {
  if (!pn) return '';
  const [family = '', given = '', middle = ''] = pn.split('=')[0]?.split('^') ?? [];
  const rest = [given, middle].filter(Boolean).join(' ');
  return [family, rest].filter(Boolean).join(', ');
}
