import { LanguageSwitch } from './LanguageSwitch';
import { SHORTCUTS } from './shortcuts';
import { OpeningWindowChooser } from './viewport/OpeningWindowChooser';

/** The list of keyboard shortcuts, opened with "?" or the help button, and the window abdominal CT opens in. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" className="dialog" data-testid="shortcut-help" onClick={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <th scope="row">
                  <kbd>{s.keys}</kbd>
                </th>
                <td>{s.description}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <kbd>↑ ↓ PgUp PgDn Home End</kbd>
              </th>
              <td>Scroll the active viewport (also the mouse wheel)</td>
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
          Close
        </button>
      </div>
    </div>
  );
}
