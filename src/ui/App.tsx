import { StartPage } from './StartPage';

/** The application frame. */
export function App() {
  return (
    <div className="app" data-testid="app">
      <StartPage />
    </div>
  );
}
