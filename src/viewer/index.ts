// The viewer layer's public surface: ui/viewport imports from here only.
export { initCornerstone, type RenderMode } from './initCornerstone';
export { registerFile, frameImageId, purgeFiles } from './imageSource';
export type { ViewportStack } from './viewportStack';
export { StackViewportController } from './stackViewportController';
export { INITIAL_VIEW_STATE, type StackViewState, type RenderState } from './stackViewState';
export type { Readout } from './cursorReadout';
export type { PrimaryToolName } from './toolGroups';
export { WINDOW_PRESETS, type WindowPreset, type WindowPresetId, type WindowLevel } from './windowPresets';
export type { OrientationLabels, Vec3 } from './orientationMarkers';
export { formatDicomDate, formatPersonName, formatReadout, formatSeries, formatSlice, formatWindow, formatZoom } from './overlayText';
export { registerViewportTestHandle, type ViewportTestHandle } from './testHook';
export { toViewportStack } from './toViewportStack';
export { baseImageIdOf } from './imageSource';
export { renderThumbnail } from './renderThumbnail';
