import { useEffect, useMemo, useRef, useState } from 'react';
import type { Stack } from '../../dicom';
import { baseImageIdOf, frameImageId, renderThumbnail } from '../../viewer';
import './stackThumbnail.css';

type ThumbnailState = 'waiting' | 'rendered' | 'error';

/** Big enough to tell an arterial from a portal-venous series at a glance. */
const THUMBNAIL_PX = 96;

/** The image id of the stack's middle frame, or undefined when its file is not registered. */
function middleImageId(stack: Stack): string | undefined {
  const frame = stack.frames[Math.floor(stack.frames.length / 2)];
  const base = frame && baseImageIdOf(frame.fileId);
  return frame && base ? frameImageId(base, frame.frameIndex, frame.numberOfFrames) : undefined;
}

/**
 * A picture of a stack's middle image for the study browser, 96 px so that
 * series can be told apart. It renders once scrolled into view, at the loader's
 * thumbnail priority, so listing many series never delays what the reader looks at.
 * `data-state` (waiting | rendered | error) tells tests when it is drawn.
 */
export function StackThumbnail({ stack, sizePx = THUMBNAIL_PX }: { stack: Stack; sizePx?: number }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const imageId = useMemo(() => middleImageId(stack), [stack]);
  const [result, setResult] = useState<{ imageId: string; state: ThumbnailState } | undefined>(undefined);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !imageId) return;
    const abort = new AbortController();
    const draw = () =>
      renderThumbnail(canvas, imageId, sizePx, abort.signal).then(
        () => !abort.signal.aborted && setResult({ imageId, state: 'rendered' }),
        () => !abort.signal.aborted && setResult({ imageId, state: 'error' }),
      );
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void draw();
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      abort.abort();
    };
  }, [imageId, sizePx]);

  const state: ThumbnailState = !imageId ? 'error' : result?.imageId === imageId ? result.state : 'waiting';
  return (
    <canvas
      ref={canvasRef}
      className="stack-thumbnail"
      data-testid="stack-thumbnail"
      data-state={state}
      width={sizePx}
      height={sizePx}
      style={{ width: sizePx, height: sizePx }}
      aria-hidden="true"
    />
  );
}
