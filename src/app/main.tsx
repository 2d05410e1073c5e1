// First: zod must be jitless before any module builds a schema (see zodJitless.ts).
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { StoreContext } from '../ui/hooks';
import { createAppStore } from '../store';
import { followActivePatient, loadAssessmentRecord, prepareScanning, startAutosave } from '../actions';
import { initCornerstone } from '../viewer/initCornerstone';
import { ErrorBoundary } from './ErrorBoundary';
import './global.css';

// Composition root: Cornerstone is initialised once, before any viewport mounts.
const requested = new URLSearchParams(window.location.search).get('render');
const renderMode = await initCornerstone({ forced: requested === 'cpu' || requested === 'gpu' ? requested : undefined });
document.documentElement.dataset.renderMode = renderMode;

// The reader's work is written to IndexedDB on every change, for the life of the page.
const store = createAppStore();
startAutosave(store);
followActivePatient(store, loadAssessmentRecord);
prepareScanning();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </ErrorBoundary>
  </StrictMode>,
);
