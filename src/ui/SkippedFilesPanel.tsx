import { useAppState } from './hooks';

/** Files that were not loaded, each with the reason, so that nothing disappears silently. */
export function SkippedFilesPanel() {
  const skipped = useAppState((state) => state.skippedFiles);
  if (skipped.length === 0) return null;
  return (
    <details className="skipped-files" data-testid="skipped-files">
      <summary>
        {skipped.length} file{skipped.length === 1 ? '' : 's'} skipped
      </summary>
      <ul>
        {skipped.map((file, i) => (
          <li key={`${file.path}-${i}`} data-testid="skipped-file" data-path={file.path}>
            <span className="path">{file.path}</span>: <span className="reason">{file.reason}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
