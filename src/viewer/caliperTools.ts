import { BidirectionalTool, LengthTool } from '@cornerstonejs/tools';

// One Cornerstone tool per kind of caliper, so that an annotation's tool name says
// which finding field it fills. They draw exactly like the tools they extend.

/** Longest viable (arterially enhancing) diameter: mRECIST. */
export class ViableDiameterTool extends LengthTool {
  static override toolName = 'ViableDiameter';
}

/** Whole-lesion longest diameter: RECIST 1.1, and the size of new lesions. */
export class WholeDiameterTool extends LengthTool {
  static override toolName = 'WholeDiameter';
}

/** Lymph-node short axis. */
export class ShortAxisTool extends LengthTool {
  static override toolName = 'ShortAxis';
}

/** Longest viable diameter and the longest viable diameter perpendicular to it: EASL. */
export class ViableBidirectionalTool extends BidirectionalTool {
  static override toolName = 'ViableBidirectional';
}

export const CALIPER_TOOLS = [ViableDiameterTool, WholeDiameterTool, ShortAxisTool, ViableBidirectionalTool];
