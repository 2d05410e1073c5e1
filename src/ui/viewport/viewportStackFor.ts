import { findStack, findSubtractionStack, selectIndex, type AppState } from '../../store';
import { toSubtractionViewportStack, toViewportStack, type ViewportStack } from '../../viewer';

/** What a pane shows for a stack id: an indexed stack, or a derived subtraction stack; null when neither is open. */
export function viewportStackFor(state: AppState, stackId: string): ViewportStack | null {
  const context = findStack(selectIndex(state), stackId);
  if (context) return toViewportStack(context.stack, context.study, context.patient, context.series.SeriesDescription ?? '');
  const subtraction = findSubtractionStack(state, stackId);
  if (!subtraction) return null;
  const { stack, study, patient } = subtraction.arterial;
  return toSubtractionViewportStack({ ...subtraction, arterial: stack }, study, patient);
}
