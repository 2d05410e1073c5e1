// First: zod must be jitless before any module builds a schema (see zodJitless.ts).
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from '../ui/App';
import { StoreContext } from '../ui/hooks';
import { createAppStore } from '../store';
import { followActivePatient, loadAssessmentRecord, prepareScanning, startAutosave, startingLocale } from '../actions';
import { createI18n } from '../ui/i18n';
import { initCornerstone } from '../viewer/initCornerstone';
import { ErrorBoundary } from './ErrorBoundary';
import './global.css';

// Composition root: Cornerstone is initialised once, before any viewport mounts.
const requested = new URLSearchParams(window.location.search).get('render');
const renderMode = await initCornerstone({ forced: requested === 'cpu' || requested === 'gpu' ? requested : undefined });
document.documentElement.dataset.renderMode = renderMode;

// The reader's work is written to IndexedDB on every change, for the life of the page.
const store = createAppStore();
store.getState().setLocale(startingLocale(globalThis.localStorage, navigator.languages));
const i18n = createI18n(store.getState().locale);
startAutosave(store);
followActivePatient(store, loadAssessmentRecord);
prepareScanning();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {/* The i18n provider wraps the boundary, so that a crash is reported in the reader's language. */}
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </ErrorBoundary>
    </I18nextProvider>
  </StrictMode>,
);
