import type { ImageLoadProblem } from '../../core';
import { imageLoadProblemText } from '../../text';
import { useAppState } from '../hooks';

/** Why the pane shows no image, in the reader's language, with what the loader said below it. */
export function LoadErrorMessage({ problem }: { problem: ImageLoadProblem }) {
  const locale = useAppState((state) => state.locale);
  const { sentence, detail } = imageLoadProblemText(problem, locale);
  return (
    <div className="viewport-message viewport-error" data-testid="viewport-error" data-code={problem.code} role="alert">
      {sentence}
      {detail && (
        <div className="viewport-error-detail" data-testid="viewport-error-detail">
          {detail}
        </div>
      )}
    </div>
  );
}
