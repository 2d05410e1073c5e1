/** DICOM DA `YYYYMMDD` → `YYYY-MM-DD`; anything else is returned as given. */
export function formatDicomDate(da: string | undefined): string {
  if (!da) return '';
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(da.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : da;
}

/** DICOM PN `Family^Given^Middle` → `Family, Given Middle`. */
export function formatPersonName(pn: string | undefined): string {
  if (!pn) return '';
  const [family = '', ...rest] = pn.split('^');
  const given = rest.filter(Boolean).join(' ');
  return given ? `${family}, ${given}` : family;
}
