/**
 * Keeps a crash in one part (a bug, a lazy chunk that cannot load) from unmounting the whole
 * page: the header, the list and the way to reload stay usable.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useMessages } from '../i18n/i18n';
import { appMessages } from './messages';

interface BoundaryProps {
  children: ReactNode;
  /** Changing it (e.g. another connection) clears a previous failure. */
  resetKey?: string | null;
}

interface BoundaryState {
  error: Error | null;
  resetKey?: string | null;
}

export class RenderFailureBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Developers need the component stack; it holds no form values.
    console.error('Connection editor crashed', error, info.componentStack);
  }

  render() {
    if (this.state.error) return <RenderFailure error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

function RenderFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useMessages(appMessages);
  return (
    <Alert
      severity="error"
      action={
        <>
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
          <Button color="inherit" size="small" onClick={() => window.location.reload()}>
            {t('reload')}
          </Button>
        </>
      }
    >
      <AlertTitle>{t('crashTitle')}</AlertTitle>
      {t('crashBody')}
      <details>
        <summary>{t('details')}</summary>
        <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{error.message}</pre>
      </details>
    </Alert>
  );
}
