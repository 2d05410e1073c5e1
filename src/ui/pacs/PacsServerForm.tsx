import { useState } from 'react';
import { savePacsServer, testPacsConnection } from '../../actions';
import { checkServerUrl, pacsErrorText, type PacsAuth, type PacsServer } from '../../io';

/** The DICOMweb server's address and credentials, "Test connection" and "Save" (kept in this browser). */
export function PacsServerForm({ server, onSaved }: { server: PacsServer | undefined; onSaved: (server: PacsServer) => void }) {
  const [url, setUrl] = useState(server?.url ?? '');
  const [authKind, setAuthKind] = useState<PacsAuth['kind']>(server?.auth.kind ?? 'basic');
  const [username, setUsername] = useState(server?.auth.kind === 'basic' ? server.auth.username : '');
  const [password, setPassword] = useState(server?.auth.kind === 'basic' ? server.auth.password : '');
  const [token, setToken] = useState(server?.auth.kind === 'bearer' ? server.auth.token : '');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [testing, setTesting] = useState(false);

  /** The server as typed, or undefined after saying what is wrong with the address. */
  const typedServer = (): PacsServer | undefined => {
    const checked = checkServerUrl(url);
    if (!checked.ok) {
      setResult({ ok: false, text: checked.reason });
      return undefined;
    }
    const auth: PacsAuth = authKind === 'basic' ? { kind: 'basic', username, password } : authKind === 'bearer' ? { kind: 'bearer', token } : { kind: 'none' };
    return { url: checked.url, auth };
  };

  const test = async () => {
    const typed = typedServer();
    if (!typed) return;
    setTesting(true);
    setResult(null);
    try {
      setResult({ ok: true, text: await testPacsConnection(typed) });
    } catch (error) {
      setResult({ ok: false, text: pacsErrorText(error) });
    } finally {
      setTesting(false);
    }
  };

  const save = () => {
    const typed = typedServer();
    if (!typed) return;
    savePacsServer(typed);
    setResult({ ok: true, text: 'Saved in this browser.' });
    onSaved(typed);
  };

  return (
    <form className="pacs-server" data-testid="pacs-server-form" onSubmit={(event) => event.preventDefault()}>
      <label>
        DICOMweb address (QIDO-RS, WADO-RS and STOW-RS)
        <input data-testid="pacs-url" type="url" placeholder="https://pacs.example.org/dicom-web" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label>
        Authentication
        <select data-testid="pacs-auth-kind" value={authKind} onChange={(e) => setAuthKind(e.target.value as PacsAuth['kind'])}>
          <option value="none">none</option>
          <option value="basic">user name and password (basic)</option>
          <option value="bearer">token (bearer)</option>
        </select>
      </label>
      {authKind === 'basic' && (
        <>
          <input data-testid="pacs-username" placeholder="user name" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
          <input data-testid="pacs-password" placeholder="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </>
      )}
      {authKind === 'bearer' && <input data-testid="pacs-token" placeholder="token" type="password" value={token} onChange={(e) => setToken(e.target.value)} />}
      <p className="hint">
        The address and credentials are stored in this browser (its local storage), unencrypted, and sent only to this server.
      </p>
      <div className="pacs-buttons">
        <button type="button" data-testid="pacs-test" disabled={testing} onClick={() => void test()}>
          {testing ? 'Testing…' : 'Test connection'}
        </button>
        <button type="button" className="primary" data-testid="pacs-save" onClick={save}>
          Save
        </button>
      </div>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error'} data-testid="pacs-connection-result" data-ok={result.ok}>
          {result.text}
        </p>
      )}
    </form>
  );
}
