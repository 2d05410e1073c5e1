/** Renders `core`'s structured messages to words, with one catalogue per language. */
import type { EvaluationResult, Message, MessageCode, MessageParams } from '../core/index.ts';

/** Renders a nested message (a sentence inside another one). */
export type RenderMessage = (message: Message) => string;

/** One sentence per message code. */
export type Catalogue = { readonly [C in MessageCode]: (params: MessageParams[C], render: RenderMessage) => string };

/** The words of one message in `catalogue`. */
export function renderMessage(message: Message, catalogue: Catalogue): string {
  const sentence = catalogue[message.code] as (params: Message['params'], render: RenderMessage) => string;
  return sentence(message.params, (nested) => renderMessage(nested, catalogue));
}

/**
 * The evaluation with its reasons and warnings in words: exactly the output
 * object of the spec ("Evaluation output"), as the CLI prints it with `--json`.
 */
export function renderEvaluation(result: EvaluationResult, catalogue: Catalogue): EvaluationResult<string> {
  const render = (message: Message) => renderMessage(message, catalogue);
  return {
    ...result,
    timepoints: result.timepoints.map((timepoint) => ({ ...timepoint, reasons: timepoint.reasons.map(render) })),
    warnings: result.warnings.map(render),
  };
}
