import { SHORTCUTS } from './shortcuts';

/** The list of keyboard shortcuts, opened with "?" or the help button. */
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
        <button data-testid="close-shortcut-help" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
