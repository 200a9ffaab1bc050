import { useCallback, useEffect, useState, type ComponentType } from 'react';

/**
 * A code-split part of the editor that can be loaded again after a failure. React.lazy caches
 * a failed import forever and throws it at the nearest error boundary — which would take the
 * whole form, and the user's unsaved edits, down with it when a chunk cannot be fetched (a
 * flaky network, or the app redeployed under an open page). Here a failure is a state the UI
 * shows, with a retry.
 */
export interface LazyPart<P> {
  load(): Promise<ComponentType<P>>;
  /** The component when already loaded, so a later mount renders it without a flash. */
  loaded(): ComponentType<P> | undefined;
}

export function lazyPart<P>(loader: () => Promise<{ default: ComponentType<P> }>): LazyPart<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  let component: ComponentType<P> | undefined;
  return {
    load() {
      if (!pending) {
        pending = loader().then(
          (module) => {
            component = module.default;
            return module.default;
          },
          (error: unknown) => {
            // Forget the failure so the next attempt fetches again.
            pending = null;
            throw error;
          },
        );
      }
      return pending;
    },
    loaded: () => component,
  };
}

export interface LazyPartState<P> {
  Component?: ComponentType<P>;
  error?: unknown;
  retry(): void;
}

/** Loads `part` once `wanted` is true; exposes the component, or the failure and a retry. */
export function useLazyPart<P>(part: LazyPart<P>, wanted: boolean): LazyPartState<P> {
  const [state, setState] = useState<{ Component?: ComponentType<P>; error?: unknown }>(() => ({
    Component: part.loaded(),
  }));
  const [attempt, setAttempt] = useState(0);
  const loaded = state.Component !== undefined;
  const failed = state.error !== undefined;
  useEffect(() => {
    if (!wanted || loaded || failed) return;
    let live = true;
    part.load().then(
      (Component) => live && setState({ Component }),
      (error: unknown) => live && setState({ error: error ?? new Error('Failed to load') }),
    );
    return () => {
      live = false;
    };
  }, [part, wanted, loaded, failed, attempt]);
  const retry = useCallback(() => {
    setState({});
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
