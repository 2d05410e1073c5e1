import { useEffect, useState } from 'react';
import type { StackViewportController, StackViewState } from '../../viewer';
import type { CineProps } from './CineControl';

const DEFAULT_FPS = 10;

/**
 * A pane's cine: play/pause and the speed. A new stack stops it (the controller
 * stops the clip itself; this forgets that it played), as does the pane going away.
 */
export function useCine(controller: StackViewportController | null, state: StackViewState): CineProps {
  const [playing, setPlaying] = useState(false);
  const [fps, setFps] = useState(DEFAULT_FPS);
  const { imageIds } = state;

  useEffect(() => {
    setPlaying(false);
  }, [controller, imageIds]);

  const canPlay = controller !== null && state.renderState === 'rendered' && state.imageCount > 1;
  return {
    playing,
    fps,
    canPlay,
    onToggle: () => {
      if (!controller) return;
      if (playing) {
        controller.stopCine();
        setPlaying(false);
      } else {
        setPlaying(controller.playCine(fps));
      }
    },
    onFpsChange: (next) => {
      setFps(next);
      // Cornerstone's cine changes speed by playing again at the new rate.
      if (playing && controller) controller.playCine(next);
    },
  };
}
