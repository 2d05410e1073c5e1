// Lesions as painted shapes and as measured truth. Each part is an ellipsoid whose
// long (u) axis lies in the axial plane through its centre, so the true longest
// diameter is the segment centre ± u·(cos θ, sin θ, 0).
import { tissueIndex } from './anatomy.ts';
import { LESIONS, type LesionComponent, type LesionSpec, type TimepointId, type Vec3 } from './description.ts';
import type { Shape } from './shapes.ts';

export interface Diameter {
  endpointsMm: [Vec3, Vec3];
  lengthMm: number;
}

export interface LesionGeometry {
  centreMm: Vec3;
  whole: Diameter;
  /** null when no viable (enhancing) tissue is left. */
  viable: Diameter | null;
}

const radians = (lesion: LesionSpec): number => (lesion.inPlaneAngleDeg * Math.PI) / 180;

/** Anatomy-space centre of one part: the lesion centre plus the part's offset rotated into the axial plane. */
function componentCentre(lesion: LesionSpec, part: LesionComponent): Vec3 {
  const angle = radians(lesion);
  const [du, dv, dz] = part.offsetMm;
  const [x, y, z] = lesion.centreMm;
  return [x + du * Math.cos(angle) - dv * Math.sin(angle), y + du * Math.sin(angle) + dv * Math.cos(angle), z + dz];
}

function longAxis(lesion: LesionSpec, part: LesionComponent): Diameter {
  const angle = radians(lesion);
  const [x, y, z] = componentCentre(lesion, part);
  const half = part.semiAxesMm[0];
  const dx = half * Math.cos(angle);
  const dy = half * Math.sin(angle);
  return { endpointsMm: [[x - dx, y - dy, z], [x + dx, y + dy, z]], lengthMm: 2 * half };
}

export function lesionGeometry(lesion: LesionSpec, timepoint: TimepointId): LesionGeometry | null {
  const state = lesion.states[timepoint];
  const outline = state?.[0];
  if (!state || !outline) return null;
  const viablePart = state.find((part) => part.tissue === 'viable');
  return {
    centreMm: lesion.centreMm,
    whole: longAxis(lesion, outline),
    viable: viablePart ? longAxis(lesion, viablePart) : null,
  };
}

/** The painted shapes of every lesion present at `timepoint`, to append after the organs. */
export function lesionShapes(timepoint: TimepointId): Shape[] {
  return LESIONS.flatMap((lesion) =>
    (lesion.states[timepoint] ?? []).map((part) => ({
      tissue: tissueIndex(part.tissue),
      centreMm: componentCentre(lesion, part),
      semiAxesMm: part.semiAxesMm,
      angleRad: radians(lesion),
    })),
  );
}

/**
 * Named points inside each lesion part present at `timepoint`: `<id>ViableCentre`, `<id>Lipiodol`, and
 * `<id>Necrosis` (on the long axis at 0.78 u of the outline, clear of the inner parts in this scenario).
 */
export function lesionLandmarks(timepoint: TimepointId): Array<{ name: string; pointMm: Vec3 }> {
  return LESIONS.flatMap((lesion) => {
    const state = lesion.states[timepoint] ?? [];
    return state.flatMap((part, index) => {
      if (part.tissue === 'viable') return [{ name: `${lesion.id}ViableCentre`, pointMm: componentCentre(lesion, part) }];
      if (part.tissue === 'lipiodol') return [{ name: `${lesion.id}Lipiodol`, pointMm: componentCentre(lesion, part) }];
      if (index !== 0) return [];
      const [start, end] = longAxis(lesion, part).endpointsMm;
      const t = 0.5 + 0.78 / 2;
      const point: Vec3 = [start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t, start[2]];
      return [{ name: `${lesion.id}Necrosis`, pointMm: point }];
    });
  });
}
