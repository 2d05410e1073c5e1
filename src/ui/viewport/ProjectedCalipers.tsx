import { useMemo } from 'react';
import { selectIndex, selectMeasurementList } from '../../store';
import { projectedCaliperText } from '../../text';
import { projectedCalipersOn, type StackViewportController, type StackViewState } from '../../viewer';
import { useAppState } from '../hooks';

/** Canvas points of a caliper's lines: one for a diameter, the long and the short axis for EASL. */
function segments(points: [number, number][]): [[number, number], [number, number]][] {
  const pairs: [[number, number], [number, number]][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) pairs.push([points[i]!, points[i + 1]!]);
  return pairs;
}

/**
 * Calipers drawn on another series of the study on screen (the arterial viable
 * diameter over the portal-venous phase), faint and dashed with a label naming the
 * phase they were drawn on. SVG over the canvas that lets every pointer event
 * through: it cannot be selected or dragged, and it is not an annotation, so it
 * is never saved or counted. Redrawn with every render of the image (slice, pan, zoom).
 */
export function ProjectedCalipers({ state, controller }: { state: StackViewState; controller: StackViewportController }) {
  const index = useAppState(selectIndex);
  const measurements = useAppState(selectMeasurementList);
  const locale = useAppState((state) => state.locale);
  const imageId = state.renderState === 'rendered' ? state.imageId : undefined;
  const shown = useMemo(() => (imageId ? projectedCalipersOn(imageId, measurements, index) : []), [imageId, measurements, index]);
  if (shown.length === 0) return null;
  return (
    <svg className="projected-calipers" aria-hidden="true">
      {shown.map((measurement) => {
        const points = measurement.pointsMm.map((p) => controller.worldToCanvas(p));
        const label = projectedCaliperText(locale, measurement.lesionId, measurement.kind, measurement.image.phase);
        const [labelX, labelY] = points.reduce((top, p) => (p[1] < top[1] ? p : top), points[0]!);
        return (
          <g key={measurement.id} data-testid="projected-caliper" data-caliper-id={measurement.id} data-label={label}>
            {segments(points).map(([a, b], i) => (
              <line key={i} x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />
            ))}
            <text x={labelX + 6} y={labelY - 6}>
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
