import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <div role="alert" className="fatal-error">
        <h1>Something went wrong</h1>
        <p>{this.state.error.message}</p>
        <p>Your measurements are saved as you work; reload the page to continue.</p>
        <button onClick={() => window.location.reload()}>Reload</button>
      </div>
    );
  }
}
