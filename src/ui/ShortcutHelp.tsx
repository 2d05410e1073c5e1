import { LanguageSwitch } from './LanguageSwitch';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './shortcuts';
import { OpeningWindowChooser } from './viewport/OpeningWindowChooser';

/** Key names as printed on keyboards, the same in every language (like the table's keys). */
const SCROLL_KEYS = '↑ ↓ PgUp PgDn Home End';

/** The list of keyboard shortcuts, opened with "?" or the help button, and the window abdominal CT opens in. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['app', 'common']);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-label={t('shortcuts.title')} className="dialog" data-testid="shortcut-help" onClick={(e) => e.stopPropagation()}>
        <h2>{t('shortcuts.title')}</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <th scope="row">
                  <kbd>{s.keys}</kbd>
                </th>
                <td>{t(`shortcuts.command.${s.description}`)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <kbd>{SCROLL_KEYS}</kbd>
              </th>
              <td>{t('shortcuts.scroll')}</td>
            </tr>
          </tbody>
        </table>
        {/* The reader's preferences: the window abdominal CT opens in (beside the window shortcuts, where a reader looks for windows) and the language. */}
        <p>
          <OpeningWindowChooser />
        </p>
        <p>
          <LanguageSwitch testId="language-setting" />
        </p>
        <button data-testid="close-shortcut-help" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </div>
  );
}
