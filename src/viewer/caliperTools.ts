import { eventTarget, triggerEvent } from '@cornerstonejs/core';
import { annotation as annotationApi, BidirectionalTool, Enums as ToolEnums, LengthTool, type Types as ToolTypes } from '@cornerstonejs/tools';
import type { MeasurementKind } from '../core';
import { caliperLabelText, type Locale } from '../text';
import { kindOfTool, type CaliperToolName } from './caliperKinds';

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

/**
 * The language of the words beside the calipers. The viewer reads no store: the
 * UI hands it the reader's language (setCaliperLabelLocale) and redraws.
 */
let labelLocale: Locale = 'en';

/** Draws caliper labels in `locale` from now on; true when that is a change (the caller redraws the panes). */
export function setCaliperLabelLocale(locale: Locale): boolean {
  const changed = locale !== labelLocale;
  labelLocale = locale;
  return changed;
}

type TextLines = (data: ToolTypes.Annotation['data'], targetId: string) => string[] | undefined;

/** On-image text of a caliper: one line with its lesion (the annotation's label), kind and value. */
function caliperTextLines(kind: MeasurementKind): TextLines {
  return (data, targetId) => {
    const stats = (data.cachedStats as Record<string, { length?: number; width?: number; unit?: string } | undefined> | undefined)?.[targetId];
    const values = [stats?.length, kind === 'viable-bidirectional' ? stats?.width : undefined].filter((v): v is number => v !== undefined && Number.isFinite(v));
    if (values.length === 0) return undefined;
    return [caliperLabelText(labelLocale, data.label, kind, values, stats?.unit ?? 'mm')];
  };
}

/** Sets up a caliper tool: its on-image text and the end-of-edit event. */
function caliperTool(tool: LengthTool | BidirectionalTool): void {
  const kind = kindOfTool(tool.getToolName());
  if (kind) tool.configuration.getTextLines = caliperTextLines(kind);
  announceEditEnd(tool);
}

/** Longest viable (arterially enhancing) diameter: mRECIST. */
export class ViableDiameterTool extends LengthTool {
  static override toolName = 'ViableDiameter';
  constructor(...args: ConstructorParameters<typeof LengthTool>) {
    super(...args);
    caliperTool(this);
  }
}

/** Whole-lesion longest diameter: RECIST 1.1, and the size of new lesions. */
export class WholeDiameterTool extends LengthTool {
  static override toolName = 'WholeDiameter';
  constructor(...args: ConstructorParameters<typeof LengthTool>) {
    super(...args);
    caliperTool(this);
  }
}

/** Lymph-node short axis. */
export class ShortAxisTool extends LengthTool {
  static override toolName = 'ShortAxis';
  constructor(...args: ConstructorParameters<typeof LengthTool>) {
    super(...args);
    caliperTool(this);
  }
}

/** Longest viable diameter and the longest viable diameter perpendicular to it: EASL. */
export class ViableBidirectionalTool extends BidirectionalTool {
  static override toolName = 'ViableBidirectional';
  constructor(...args: ConstructorParameters<typeof BidirectionalTool>) {
    super(...args);
    caliperTool(this);
  }
}

export const CALIPER_TOOLS = [ViableDiameterTool, WholeDiameterTool, ShortAxisTool, ViableBidirectionalTool];

type AnnotationStyle = ReturnType<typeof annotationApi.config.style.getAnnotationToolStyles>;

/**
 * One look per kind, told apart without reading the text, with lines thick enough
 * to see over lipiodol: viable red, whole blue dashed, EASL amber, short axis green
 * dotted. Selection keeps Cornerstone's own colours.
 */
const KIND_STYLES: Record<CaliperToolName, AnnotationStyle> = {
  ViableDiameter: { color: 'rgb(255, 90, 90)', textBoxColor: 'rgb(255, 130, 130)', lineWidth: '2' },
  WholeDiameter: { color: 'rgb(90, 160, 255)', textBoxColor: 'rgb(140, 190, 255)', lineWidth: '2', lineDash: '8,4' },
  ViableBidirectional: { color: 'rgb(255, 180, 40)', textBoxColor: 'rgb(255, 200, 90)', lineWidth: '2' },
  ShortAxis: { color: 'rgb(80, 210, 130)', textBoxColor: 'rgb(120, 230, 160)', lineWidth: '2', lineDash: '3,3' },
};

/** Gives each caliper tool its look (Cornerstone's per-tool default styles); repeating it changes nothing. */
export function applyCaliperStyles(): void {
  const style = annotationApi.config.style;
  style.setDefaultToolStyles({ ...style.getDefaultToolStyles(), ...KIND_STYLES });
}

/** How the calipers of the lesion the reader works on stand out: thicker lines, larger text. */
export const ACTIVE_LESION_STYLE: AnnotationStyle = { lineWidth: '4', textBoxFontSize: '16px' };
