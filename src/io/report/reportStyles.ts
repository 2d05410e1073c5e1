/**
 * Print styles of the report: black on white with borders rather than colour,
 * so that it reads printed in black and white; margins that fit both A4 and
 * Letter (the page size is left to the printer dialog); tables and figures not
 * split across pages.
 */
export const REPORT_CSS = `
@page { margin: 14mm 12mm 16mm 12mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.35 "DejaVu Sans", Arial, Helvetica, sans-serif; color: #000; background: #fff; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #000; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; break-inside: auto; }
tr, figure, .trend, .bor { break-inside: avoid; }
th, td { border: 0.6pt solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #e6e6e6; font-weight: bold; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.category { font-weight: bold; }
.date { white-space: nowrap; }
.muted { color: #333; font-style: italic; }
.bor { border: 1.5pt solid #000; padding: 2mm 3mm; font-size: 12pt; margin: 3mm 0; }
ul { margin: 0.5mm 0 0.5mm 5mm; padding: 0; }
.trend { width: 100%; max-width: 170mm; height: auto; display: block; margin: 2mm 0; }
.key-images { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
figure { margin: 0; border: 0.6pt solid #000; padding: 1.5mm; }
figure img { width: 100%; height: auto; display: block; background: #000; }
figure .no-image { aspect-ratio: 1; display: flex; align-items: center; justify-content: center; text-align: center; border: 0.6pt dashed #000; padding: 2mm; }
figcaption { font-size: 9pt; margin-top: 1mm; }
.notice { border: 1pt solid #000; padding: 2mm 3mm; margin: 2mm 0; }
footer { margin-top: 8mm; border-top: 1pt solid #000; padding-top: 2mm; font-size: 9pt; }
.toolbar { margin-bottom: 4mm; }
@media print { .toolbar { display: none; } body { padding: 0; max-width: none; } }
`;
