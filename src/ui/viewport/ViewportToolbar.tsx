import { Contrast, Move, RotateCcw, Scan, SunMoon, Tags, ZoomIn, type LucideIcon } from 'lucide-react';
import { WINDOW_PRESETS, type PrimaryToolName, type StackViewportController, type WindowPresetId } from '../../viewer';
import { IconButton } from '../IconButton';
import { CineControl, type CineProps } from './CineControl';

/** The left-drag tools the pane's own toolbar offers; measuring tools are chosen elsewhere. */
export type DragToolName = Extract<PrimaryToolName, 'WindowLevel' | 'Pan' | 'Zoom'>;

interface ViewportToolbarProps {
  controller: StackViewportController | null;
  activeTool: PrimaryToolName;
  onToolChange: (tool: DragToolName) => void;
  invert: boolean;
  cine: CineProps;
  onShowTags: () => void;
}

const DRAG_TOOLS: readonly { tool: DragToolName; icon: LucideIcon; label: string; title: string; testId: string }[] = [
  { tool: 'WindowLevel', icon: Contrast, label: 'W/L', title: 'Window/level: drag to change contrast (W)', testId: 'tool-windowlevel' },
  { tool: 'Pan', icon: Move, label: 'Pan', title: 'Pan: drag to move the image', testId: 'tool-pan' },
  { tool: 'Zoom', icon: ZoomIn, label: 'Zoom', title: 'Zoom: drag up or down', testId: 'tool-zoom' },
];

/**
 * Per-pane controls in one row that fits a Compare pane at 1366 px: what left drag
 * does, a window preset, fit, invert, reset, cine and the tag browser. Words show
 * beside the icons in wide panes (viewport.css) and are always the tooltip and name.
 */
export function ViewportToolbar({ controller, activeTool, onToolChange, invert, cine, onShowTags }: ViewportToolbarProps) {
  const disabled = controller === null;
  return (
    <div className="viewport-toolbar" data-testid="viewport-toolbar" role="toolbar" aria-label="Image">
      <span className="viewport-toolbar-group" role="group" aria-label="Left drag">
        {DRAG_TOOLS.map(({ tool, icon, label, title, testId }) => (
          <IconButton
            key={tool}
            icon={icon}
            label={label}
            title={title}
            data-testid={testId}
            aria-pressed={activeTool === tool}
            disabled={disabled}
            onClick={() => onToolChange(tool)}
          />
        ))}
      </span>
      <select
        className="window-presets"
        data-testid="wl-presets"
        aria-label="Window preset"
        title="Window preset"
        value=""
        disabled={disabled}
        // A menu rather than a state: after a W/L drag no preset is "current", so the choice is applied and the menu shows its name again.
        onChange={(event) => event.target.value && controller?.applyPreset(event.target.value as WindowPresetId)}
      >
        <option value="" disabled>
          Window
        </option>
        {WINDOW_PRESETS.map((preset) => (
          <option
            key={preset.id}
            value={preset.id}
            data-testid={`wl-preset-${preset.id}`}
            title={preset.window ? `W ${preset.window.windowWidth} L ${preset.window.windowCenter}` : "The image's own window"}
          >
            {preset.label}
          </option>
        ))}
      </select>
      <span className="viewport-toolbar-group" role="group" aria-label="View">
        <IconButton icon={Scan} label="Fit" title="Fit the image to the pane" data-testid="viewport-fit" disabled={disabled} onClick={() => controller?.fit()} />
        <IconButton icon={SunMoon} label="Invert" data-testid="viewport-invert" aria-pressed={invert} disabled={disabled} onClick={() => controller?.toggleInvert()} />
        <IconButton icon={RotateCcw} label="Reset" title="Reset window, invert and zoom" data-testid="viewport-reset" disabled={disabled} onClick={() => controller?.reset()} />
      </span>
      <CineControl {...cine} />
      <IconButton icon={Tags} label="Tags" title="DICOM tags of this image" data-testid="open-tag-browser" disabled={disabled} onClick={onShowTags} />
    </div>
  );
}
