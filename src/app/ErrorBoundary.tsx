import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** Last line of defence: show what broke instead of a blank page. The reader's work is in IndexedDB. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Viable crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <CrashMessage error={this.state.error} />;
  }
}

/** What the reader sees instead of the app, in the language the app was showing (the i18n provider is outside the boundary). */
function CrashMessage({ error }: { error: Error }) {
  const { t } = useTranslation('app');
  return (
    <div role="alert" className="fatal-error">
      <h1>{t('crash.title')}</h1>
      <p>{error.message}</p>
      <p>{t('crash.saved')}</p>
      <button onClick={() => window.location.reload()}>{t('crash.reload')}</button>
    </div>
  );
}
