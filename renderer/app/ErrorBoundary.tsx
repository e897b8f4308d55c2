import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** Catches a render error so the recorder sees a way out (reload) instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <section className="page crash" role="alert">
            <h1>{t('error.title')}</h1>
            <p>{t('error.body')}</p>
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t('error.reload')}
            </button>
            <details>
              <summary>{t('error.details')}</summary>
              <pre>{error.message}</pre>
            </details>
          </section>
        )}
      </Translation>
    );
  }
}
