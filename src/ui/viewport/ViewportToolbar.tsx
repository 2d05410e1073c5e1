import { Contrast, Move, RotateCcw, Scan, SunMoon, Tags, ZoomIn, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
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

/** Each tool with its words in the `viewport` catalogue (`toolbar.<words>` and `toolbar.<words>Title`). */
const DRAG_TOOLS = [
  { tool: 'WindowLevel', icon: Contrast, words: 'windowLevel', testId: 'tool-windowlevel' },
  { tool: 'Pan', icon: Move, words: 'pan', testId: 'tool-pan' },
  { tool: 'Zoom', icon: ZoomIn, words: 'zoom', testId: 'tool-zoom' },
] as const satisfies readonly { tool: DragToolName; icon: LucideIcon; words: string; testId: string }[];

/**
 * Per-pane controls in one row that fits a Compare pane at 1366 px: what left drag
 * does, a window preset, fit, invert, reset, cine and the tag browser. Words show
 * beside the icons in wide panes (viewport.css) and are always the tooltip and name.
 */
export function ViewportToolbar({ controller, activeTool, onToolChange, invert, cine, onShowTags }: ViewportToolbarProps) {
  const { t } = useTranslation('viewport');
  const disabled = controller === null;
  return (
    <div className="viewport-toolbar" data-testid="viewport-toolbar" role="toolbar" aria-label={t('toolbar.name')}>
      <span className="viewport-toolbar-group" role="group" aria-label={t('toolbar.leftDrag')}>
        {DRAG_TOOLS.map(({ tool, icon, words, testId }) => (
          <IconButton
            key={tool}
            icon={icon}
            label={t(`toolbar.${words}`)}
            title={t(`toolbar.${words}Title`)}
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
        aria-label={t('toolbar.presets')}
        title={t('toolbar.presets')}
        value=""
        disabled={disabled}
        // A menu rather than a state: after a W/L drag no preset is "current", so the choice is applied and the menu shows its name again.
        onChange={(event) => event.target.value && controller?.applyPreset(event.target.value as WindowPresetId)}
      >
        <option value="" disabled>
          {t('toolbar.presetsPlaceholder')}
        </option>
        {WINDOW_PRESETS.map((preset) => (
          <option
            key={preset.id}
            value={preset.id}
            data-testid={`wl-preset-${preset.id}`}
            title={preset.window ? t('toolbar.presetWindow', { width: preset.window.windowWidth, center: preset.window.windowCenter }) : t('toolbar.presetHeader')}
          >
            {t(`preset.${preset.id}`)}
          </option>
        ))}
      </select>
      <span className="viewport-toolbar-group" role="group" aria-label={t('toolbar.view')}>
        <IconButton icon={Scan} label={t('toolbar.fit')} title={t('toolbar.fitTitle')} data-testid="viewport-fit" disabled={disabled} onClick={() => controller?.fit()} />
        <IconButton icon={SunMoon} label={t('toolbar.invert')} data-testid="viewport-invert" aria-pressed={invert} disabled={disabled} onClick={() => controller?.toggleInvert()} />
        <IconButton icon={RotateCcw} label={t('toolbar.reset')} title={t('toolbar.resetTitle')} data-testid="viewport-reset" disabled={disabled} onClick={() => controller?.reset()} />
      </span>
      <CineControl {...cine} />
      <IconButton icon={Tags} label={t('toolbar.tags')} title={t('toolbar.tagsTitle')} data-testid="open-tag-browser" disabled={disabled} onClick={onShowTags} />
    </div>
  );
}
