import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savePacsServer, testPacsConnection } from '../../actions';
import { checkServerUrl, pacsErrorText, SERVER_URL_EXAMPLE, type PacsAuth, type PacsServer, type ServerUrlProblem } from '../../io';
import { useAppState } from '../hooks';

/** What the form last said, as data worded at render time (so it follows a change of language). */
type FormResult = { ok: true; saved: true } | { ok: true; host: string } | { ok: false; address: ServerUrlProblem } | { ok: false; failure: unknown };

/** The DICOMweb server's address and credentials, "Test connection" and "Save" (kept in this browser). */
export function PacsServerForm({ server, onSaved }: { server: PacsServer | undefined; onSaved: (server: PacsServer) => void }) {
  const { t } = useTranslation('pacs');
  const locale = useAppState((state) => state.locale);
  const [url, setUrl] = useState(server?.url ?? '');
  const [authKind, setAuthKind] = useState<PacsAuth['kind']>(server?.auth.kind ?? 'basic');
  const [username, setUsername] = useState(server?.auth.kind === 'basic' ? server.auth.username : '');
  const [password, setPassword] = useState(server?.auth.kind === 'basic' ? server.auth.password : '');
  const [token, setToken] = useState(server?.auth.kind === 'bearer' ? server.auth.token : '');
  const [result, setResult] = useState<FormResult | null>(null);
  const [testing, setTesting] = useState(false);

  /** The server as typed, or undefined after saying what is wrong with the address. */
  const typedServer = (): PacsServer | undefined => {
    const checked = checkServerUrl(url);
    if (!checked.ok) {
      setResult({ ok: false, address: checked.reason });
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
      setResult({ ok: true, ...(await testPacsConnection(typed)) });
    } catch (error) {
      setResult({ ok: false, failure: error });
    } finally {
      setTesting(false);
    }
  };

  const save = () => {
    const typed = typedServer();
    if (!typed) return;
    savePacsServer(typed);
    setResult({ ok: true, saved: true });
    onSaved(typed);
  };

  const resultText = (shown: FormResult): string => {
    if ('saved' in shown) return t('server.saved');
    if ('host' in shown) return t('server.connected', { host: shown.host });
    if ('address' in shown) return t(`address.${shown.address.code}`, shown.address);
    return pacsErrorText(shown.failure, locale);
  };

  return (
    <form className="pacs-server" data-testid="pacs-server-form" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('server.address')}
        <input data-testid="pacs-url" type="url" placeholder={SERVER_URL_EXAMPLE} value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label>
        {t('server.authentication')}
        <select data-testid="pacs-auth-kind" value={authKind} onChange={(e) => setAuthKind(e.target.value as PacsAuth['kind'])}>
          <option value="none">{t('server.auth.none')}</option>
          <option value="basic">{t('server.auth.basic')}</option>
          <option value="bearer">{t('server.auth.bearer')}</option>
        </select>
      </label>
      {authKind === 'basic' && (
        <>
          <input data-testid="pacs-username" placeholder={t('server.username')} autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
          <input
            data-testid="pacs-password"
            placeholder={t('server.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </>
      )}
      {authKind === 'bearer' && <input data-testid="pacs-token" placeholder={t('server.token')} type="password" value={token} onChange={(e) => setToken(e.target.value)} />}
      <p className="hint">{t('server.hint')}</p>
      <div className="pacs-buttons">
        <button type="button" data-testid="pacs-test" disabled={testing} onClick={() => void test()}>
          {testing ? t('server.testing') : t('server.test')}
        </button>
        <button type="button" className="primary" data-testid="pacs-save" onClick={save}>
          {t('server.save')}
        </button>
      </div>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error'} data-testid="pacs-connection-result" data-ok={result.ok}>
          {resultText(result)}
        </p>
      )}
    </form>
  );
}
