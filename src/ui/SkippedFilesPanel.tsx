import { useTranslation } from 'react-i18next';
import { skipReasonText } from '../text';
import { useAppState } from './hooks';

/** Files that were not loaded, each with the reason, so that nothing disappears silently. */
export function SkippedFilesPanel() {
  const { t } = useTranslation('app');
  const locale = useAppState((state) => state.locale);
  const skipped = useAppState((state) => state.skippedFiles);
  if (skipped.length === 0) return null;
  return (
    <details className="skipped-files" data-testid="skipped-files">
      <summary>{t('skipped.summary', { count: skipped.length })}</summary>
      <ul>
        {skipped.map((file, i) => (
          <li key={`${file.path}-${i}`} data-testid="skipped-file" data-path={file.path}>
            <span className="path">{file.path}</span>: <span className="reason">{skipReasonText(file.reason, locale)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
