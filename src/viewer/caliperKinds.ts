// Pure mapping between caliper kinds and the Cornerstone tools that draw them (no Cornerstone import, so Node tests can use it).
import type { MeasurementKind } from '../core';

export type CaliperToolName = 'ViableDiameter' | 'WholeDiameter' | 'ShortAxis' | 'ViableBidirectional';

export const TOOL_OF_KIND: Record<MeasurementKind, CaliperToolName> = {
  viable: 'ViableDiameter',
  whole: 'WholeDiameter',
  'short-axis': 'ShortAxis',
  'viable-bidirectional': 'ViableBidirectional',
};

/** The caliper kind drawn by a tool, or undefined for tools that are not calipers. */
export function kindOfTool(toolName: string | undefined): MeasurementKind | undefined {
  switch (toolName) {
    case 'ViableDiameter':
      return 'viable';
    case 'WholeDiameter':
      return 'whole';
    case 'ShortAxis':
      return 'short-axis';
    case 'ViableBidirectional':
      return 'viable-bidirectional';
    default:
      return undefined;
  }
}
