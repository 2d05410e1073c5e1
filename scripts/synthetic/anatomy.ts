// The abdominal phantom in anatomy coordinates (LPS, mm: +x patient left,
// +y posterior, +z superior; origin near the liver centre) and the value of each
// tissue in each acquisition. The liver sits on the patient's right, i.e. at −x.
import type { Vec3 } from './description.ts';
import type { Shape } from './shapes.ts';

export type Contrast = 'ct-non-contrast' | 'ct-arterial' | 'ct-portal-venous' | 'mr-arterial';

export const TISSUES = [
  'air', 'fat', 'muscle', 'liver', 'aorta', 'ivc', 'portalVein', 'spleen', 'kidneyCortex', 'kidneyMedulla',
  'boneCancellous', 'boneCortical', 'viable', 'lipiodol', 'necrosis',
] as const;
export type Tissue = (typeof TISSUES)[number];

/** Noise-free value per tissue: CT in HU (NC, ART, PV), MR in arbitrary T1 signal units. */
const VALUES: Record<Tissue, Record<Contrast, number>> = {
  air: { 'ct-non-contrast': -1000, 'ct-arterial': -1000, 'ct-portal-venous': -1000, 'mr-arterial': 0 },
  fat: { 'ct-non-contrast': -100, 'ct-arterial': -100, 'ct-portal-venous': -100, 'mr-arterial': 60 }, // fat-saturated on MR
  muscle: { 'ct-non-contrast': 50, 'ct-arterial': 55, 'ct-portal-venous': 60, 'mr-arterial': 200 },
  liver: { 'ct-non-contrast': 55, 'ct-arterial': 75, 'ct-portal-venous': 110, 'mr-arterial': 300 },
  aorta: { 'ct-non-contrast': 40, 'ct-arterial': 300, 'ct-portal-venous': 160, 'mr-arterial': 1100 },
  // The IVC is still unopacified in the late arterial phase (the contrast has not returned yet).
  ivc: { 'ct-non-contrast': 40, 'ct-arterial': 60, 'ct-portal-venous': 150, 'mr-arterial': 250 },
  portalVein: { 'ct-non-contrast': 40, 'ct-arterial': 120, 'ct-portal-venous': 190, 'mr-arterial': 500 },
  spleen: { 'ct-non-contrast': 45, 'ct-arterial': 90, 'ct-portal-venous': 120, 'mr-arterial': 450 },
  kidneyCortex: { 'ct-non-contrast': 30, 'ct-arterial': 150, 'ct-portal-venous': 160, 'mr-arterial': 900 },
  kidneyMedulla: { 'ct-non-contrast': 30, 'ct-arterial': 60, 'ct-portal-venous': 160, 'mr-arterial': 300 },
  boneCancellous: { 'ct-non-contrast': 400, 'ct-arterial': 400, 'ct-portal-venous': 400, 'mr-arterial': 250 },
  boneCortical: { 'ct-non-contrast': 800, 'ct-arterial': 800, 'ct-portal-venous': 800, 'mr-arterial': 30 },
  // HCC: arterial-phase hyperenhancement (130 vs liver 75) and portal-venous washout (80 vs 110).
  viable: { 'ct-non-contrast': 40, 'ct-arterial': 130, 'ct-portal-venous': 80, 'mr-arterial': 800 },
  // Lipiodol is dense on CT in every phase but not bright on T1 MR, which is why MR is recommended after cTACE.
  lipiodol: { 'ct-non-contrast': 450, 'ct-arterial': 450, 'ct-portal-venous': 450, 'mr-arterial': 200 },
  necrosis: { 'ct-non-contrast': 20, 'ct-arterial': 25, 'ct-portal-venous': 25, 'mr-arterial': 80 },
};

export function tissueIndex(tissue: Tissue): number {
  return TISSUES.indexOf(tissue);
}

/** Lookup table tissue index → value, for mapping a label slice to pixels quickly. */
export function valueTable(contrast: Contrast): Float64Array {
  return Float64Array.from(TISSUES, (tissue) => VALUES[tissue][contrast]);
}

export function tissueValue(tissue: Tissue, contrast: Contrast): number {
  return VALUES[tissue][contrast];
}

const cylinder = (tissue: Tissue, x: number, y: number, rx: number, ry: number, zLimitsMm?: readonly [number, number]): Shape =>
  ({ tissue: tissueIndex(tissue), centreMm: [x, y, 0], semiAxesMm: [rx, ry, Infinity], angleRad: 0, ...(zLimitsMm ? { zLimitsMm } : {}) });
const ellipsoid = (tissue: Tissue, centreMm: Vec3, semiAxesMm: Vec3): Shape =>
  ({ tissue: tissueIndex(tissue), centreMm, semiAxesMm, angleRad: 0 });

/** Organs in painting order (outer body first); all were checked to lie inside the body wall. */
export const ORGANS: readonly Shape[] = [
  cylinder('fat', 0, 0, 165, 120), // subcutaneous fat, 15 mm
  cylinder('muscle', 0, 0, 150, 105), // body wall, 8 mm
  cylinder('fat', 0, 0, 142, 97), // intra-abdominal fat
  ellipsoid('liver', [-55, -5, 0], [80, 70, 80]),
  cylinder('portalVein', -45, 5, 8, 8, [-40, 5]),
  cylinder('ivc', -25, 30, 11, 11),
  cylinder('aorta', 15, 38, 12, 12), // left of midline, anterior to the spine
  cylinder('boneCortical', 0, 72, 20, 20),
  cylinder('boneCancellous', 0, 72, 17, 17),
  ellipsoid('spleen', [90, 25, 30], [28, 40, 50]),
  ellipsoid('kidneyCortex', [-60, 50, -55], [22, 18, 45]),
  ellipsoid('kidneyMedulla', [-60, 50, -55], [13, 10, 30]),
  ellipsoid('kidneyCortex', [60, 50, -45], [22, 18, 45]),
  ellipsoid('kidneyMedulla', [60, 50, -45], [13, 10, 30]),
];

/** Fixed anatomy points for the ground truth's named voxels (chosen well inside each structure). */
export const ANATOMY_LANDMARKS: ReadonlyArray<{ name: string; pointMm: Vec3 }> = [
  { name: 'aortaCentre', pointMm: [15, 38, 0] },
  { name: 'ivc', pointMm: [-25, 30, 0] },
  { name: 'portalVein', pointMm: [-45, 5, -20] },
  { name: 'liverParenchyma', pointMm: [-100, -30, 10] },
  { name: 'spleen', pointMm: [90, 25, 30] },
  { name: 'vertebralBody', pointMm: [0, 72, 0] },
  { name: 'kidneyCortex', pointMm: [-78, 50, -55] },
  { name: 'subcutaneousFat', pointMm: [0, -112, 0] },
];
