import { eventTarget, triggerEvent } from '@cornerstonejs/core';
import { annotation as annotationApi, BidirectionalTool, Enums as ToolEnums, LengthTool } from '@cornerstonejs/tools';

// One Cornerstone tool per kind of caliper, so that an annotation's tool name says
// which finding field it fills. They draw exactly like the tools they extend.

/**
 * Cornerstone announces the end of drawing a caliper (ANNOTATION_COMPLETED) but not
 * the end of dragging an existing one, which undo needs: one drag is one undo step.
 * After the reader lets go of an existing caliper this fires ANNOTATION_COMPLETED with
 * `changeType: Completed`, as Cornerstone's own spline tool does after an edit. It
 * also carries the final points: Bidirectional reorders them on release without an
 * ANNOTATION_MODIFIED event.
 */
function announceEditEnd(tool: LengthTool | BidirectionalTool): void {
  const endEdit = tool._endCallback;
  tool._endCallback = (evt) => {
    const edited = tool.editData;
    endEdit(evt);
    const uid = edited?.annotation.annotationUID;
    if (!edited || edited.newAnnotation || !uid || !annotationApi.state.getAnnotation(uid)) return;
    triggerEvent(eventTarget, ToolEnums.Events.ANNOTATION_COMPLETED, {
      annotation: edited.annotation,
      changeType: ToolEnums.ChangeTypes.Completed,
    });
  };
}

/** Longest viable (arterially enhancing) diameter: mRECIST. */
export class ViableDiameterTool extends LengthTool {
  static override toolName = 'ViableDiameter';
  constructor(...args: ConstructorParameters<typeof LengthTool>) {
    super(...args);
    announceEditEnd(this);
  }
}

/** Whole-lesion longest diameter: RECIST 1.1, and the size of new lesions. */
export class WholeDiameterTool extends LengthTool {
  static override toolName = 'WholeDiameter';
  constructor(...args: ConstructorParameters<typeof LengthTool>) {
    super(...args);
    announceEditEnd(this);
  }
}

/** Lymph-node short axis. */
export class ShortAxisTool extends LengthTool {
  static override toolName = 'ShortAxis';
  constructor(...args: ConstructorParameters<typeof LengthTool>) {
    super(...args);
    announceEditEnd(this);
  }
}

/** Longest viable diameter and the longest viable diameter perpendicular to it: EASL. */
export class ViableBidirectionalTool extends BidirectionalTool {
  static override toolName = 'ViableBidirectional';
  constructor(...args: ConstructorParameters<typeof BidirectionalTool>) {
    super(...args);
    announceEditEnd(this);
  }
}

export const CALIPER_TOOLS = [ViableDiameterTool, WholeDiameterTool, ShortAxisTool, ViableBidirectionalTool];
