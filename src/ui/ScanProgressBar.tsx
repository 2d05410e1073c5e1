import { useAppState } from './hooks';

/** Progress of the running folder scan: files read of total, DICOM found, skipped; with a cancel button. */
export function ScanProgressBar({ onCancel }: { onCancel: () => void }) {
  const scan = useAppState((state) => state.scan);
  if (scan.status === 'idle') return null;
  const percent = scan.total > 0 ? Math.round((100 * scan.filesRead) / scan.total) : 0;
  return (
    <div className="scan-progress" data-testid="scan-progress" data-status={scan.status}>
      <progress max={scan.total || 1} value={scan.filesRead} aria-label="Files read" />
      <span data-testid="scan-progress-text">
        {scan.status === 'scanning' ? 'Reading' : statusWord(scan.status)} {scan.filesRead}/{scan.total} files ({percent}%) ·{' '}
        {scan.dicomFound} DICOM · {scan.skipped} skipped
      </span>
      {scan.status === 'scanning' && (
        <button data-testid="scan-cancel" onClick={onCancel}>
          Cancel
        </button>
      )}
      {scan.error && <span className="error">{scan.error}</span>}
    </div>
  );
}

function statusWord(status: 'done' | 'cancelled' | 'failed'): string {
  switch (status) {
    case 'done':
      return 'Read';
    case 'cancelled':
      return 'Cancelled after';
    case 'failed':
      return 'Failed after';
  }
}
