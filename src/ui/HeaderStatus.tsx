import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface HeaderStatusProps {
  /** The outer element's class, testid and data attributes the tests and styles read. */
  className: string;
  attributes: Record<`data-${string}`, string | number>;
  /** The full sentence: the tooltip and what a screen reader says. */
  detail: string;
  detailTestId: string;
  done: number;
  total: number;
  progressLabel: string;
  countTestId?: string;
  /** The mark once the task ended; undefined while it runs, when the bar shows `done` of `total`. */
  endedIcon: LucideIcon | undefined;
  endedAsError: boolean;
  /** The task's buttons (cancel, retry …). */
  children?: ReactNode;
}

/**
 * A long task's status compact in the header's one row, so that the images start
 * right below it (the folder scan, the PACS retrieval): while it runs a small bar
 * and done of total, once it ended one icon; the detail is the tooltip and what a
 * screen reader says; the caller adds its buttons.
 */
export function HeaderStatus({ className, attributes, detail, detailTestId, done, total, progressLabel, countTestId, endedIcon: EndedIcon, endedAsError, children }: HeaderStatusProps) {
  return (
    <span className={`header-status ${className}`} {...attributes} title={detail}>
      {EndedIcon === undefined ? (
        <>
          <progress max={total || 1} value={done} aria-label={progressLabel} />
          <span data-testid={countTestId} aria-hidden="true">
            {done}/{total}
          </span>
        </>
      ) : (
        <EndedIcon className={endedAsError ? 'error' : undefined} size={16} aria-hidden="true" focusable="false" />
      )}
      <span className="visually-hidden" role="status" data-testid={detailTestId}>
        {detail}
      </span>
      {children}
    </span>
  );
}
