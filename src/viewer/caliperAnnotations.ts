import type { Types as ToolTypes } from '@cornerstonejs/tools';
import type { Measurement, MeasurementKind, PatientPointMm } from '../core';
import { kindOfTool, TOOL_OF_KIND } from './caliperKinds';

/** What the viewer knows of a caliper the reader drew or moved, before the app files it under a lesion. */
export interface CaliperDraft {
  /** The annotation UID, which becomes the measurement id. */
  id: string;
  kind: MeasurementKind;
  /** Endpoints in patient coordinates (LPS, mm). */
  pointsMm: PatientPointMm[];
  /** The image it lies on. */
  imageId: string;
}

const POINTS_OF_KIND: Record<MeasurementKind, number> = { viable: 2, whole: 2, 'short-axis': 2, 'viable-bidirectional': 4 };

/** Reads a caliper from a Cornerstone annotation; undefined for other tools or incomplete annotations. */
export function caliperFromAnnotation(annotation: ToolTypes.Annotation): CaliperDraft | undefined {
  const kind = kindOfTool(annotation.metadata?.toolName);
  const points = annotation.data.handles?.points;
  const imageId = annotation.metadata?.referencedImageId;
  if (!kind || !annotation.annotationUID || !points || !imageId) return undefined;
  const needed = POINTS_OF_KIND[kind];
  if (points.length < needed) return undefined;
  return {
    id: annotation.annotationUID,
    kind,
    pointsMm: points.slice(0, needed).map((p) => [p[0], p[1], p[2]]),
    imageId,
  };
}

/** Where a caliper is shown: the image id, its Frame of Reference and the image plane's normal. */
export interface CaliperPlacement {
  imageId: string;
  frameOfReferenceUid: string;
  viewPlaneNormal: [number, number, number];
}

/**
 * Builds the Cornerstone annotation that shows a stored caliper (restore, undo,
 * import): the same UID, the caliper's tool, its endpoints, and the lesion id as label.
 */
export function annotationFromCaliper(measurement: Measurement, placement: CaliperPlacement): ToolTypes.Annotation {
  return {
    annotationUID: measurement.id,
    highlighted: false,
    isLocked: false,
    isVisible: true,
    invalidated: true,
    metadata: {
      toolName: TOOL_OF_KIND[measurement.kind],
      referencedImageId: placement.imageId,
      FrameOfReferenceUID: placement.frameOfReferenceUid,
      viewPlaneNormal: placement.viewPlaneNormal,
    },
    data: {
      label: measurement.lesionId,
      handles: {
        points: measurement.pointsMm.map((p) => [p[0], p[1], p[2]]),
        activeHandleIndex: null,
        textBox: {
          hasMoved: false,
          worldPosition: [0, 0, 0],
          worldBoundingBox: { topLeft: [0, 0, 0], topRight: [0, 0, 0], bottomLeft: [0, 0, 0], bottomRight: [0, 0, 0] },
        },
      },
      cachedStats: {},
    },
  };
}

/** True when two point lists differ by more than `toleranceMm` anywhere (drag noise below it is ignored). */
export function pointsDiffer(a: readonly PatientPointMm[], b: readonly PatientPointMm[], toleranceMm = 1e-3): boolean {
  if (a.length !== b.length) return true;
  return a.some((p, i) => p.some((v, axis) => Math.abs(v - (b[i]?.[axis] ?? Number.NaN)) > toleranceMm || Number.isNaN(v)));
}
