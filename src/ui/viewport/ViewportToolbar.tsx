import { WINDOW_PRESETS, type PrimaryToolName, type StackViewportController } from '../../viewer';

/** The left-drag tools the pane's own toolbar offers; measuring tools are chosen elsewhere. */
export type DragToolName = Extract<PrimaryToolName, 'WindowLevel' | 'Pan' | 'Zoom'>;

interface ViewportToolbarProps {
  controller: StackViewportController | null;
  activeTool: PrimaryToolName;
  onToolChange: (tool: DragToolName) => void;
  invert: boolean;
}

const DRAG_TOOLS: readonly { tool: DragToolName; label: string; testId: string }[] = [
  { tool: 'WindowLevel', label: 'W/L', testId: 'tool-windowlevel' },
  { tool: 'Pan', label: 'Pan', testId: 'tool-pan' },
  { tool: 'Zoom', label: 'Zoom', testId: 'tool-zoom' },
];

/** Per-pane controls: what left drag does, window presets, fit, invert and reset. */
export function ViewportToolbar({ controller, activeTool, onToolChange, invert }: ViewportToolbarProps) {
  const disabled = controller === null;
  return (
    <div className="viewport-toolbar" data-testid="viewport-toolbar">
      <span className="viewport-toolbar-group" role="group" aria-label="Left drag">
        {DRAG_TOOLS.map(({ tool, label, testId }) => (
          <button key={tool} type="button" data-testid={testId} aria-pressed={activeTool === tool} disabled={disabled} onClick={() => onToolChange(tool)}>
            {label}
          </button>
        ))}
      </span>
      <span className="viewport-toolbar-group" role="group" aria-label="Window presets">
        {WINDOW_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            data-testid={`wl-preset-${preset.id}`}
            title={preset.window ? `W ${preset.window.windowWidth} L ${preset.window.windowCenter}` : "The image's own window"}
            disabled={disabled}
            onClick={() => controller?.applyPreset(preset.id)}
          >
            {preset.label}
          </button>
        ))}
      </span>
      <span className="viewport-toolbar-group" role="group" aria-label="View">
        <button type="button" data-testid="viewport-fit" disabled={disabled} onClick={() => controller?.fit()}>
          Fit
        </button>
        <button type="button" data-testid="viewport-invert" aria-pressed={invert} disabled={disabled} onClick={() => controller?.toggleInvert()}>
          Invert
        </button>
        <button type="button" data-testid="viewport-reset" disabled={disabled} onClick={() => controller?.reset()}>
          Reset
        </button>
      </span>
    </div>
  );
}
