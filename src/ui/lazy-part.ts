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

type PartModule<P> = { default: ComponentType<P> };

/**
 * The script a failed dynamic import was fetching, when the browser names it (Chromium:
 * "Failed to fetch dynamically imported module: URL", Firefox: "error loading dynamically
 * imported module: URL"). Only a same-origin script URL is taken.
 */
export function failedModuleUrl(error: unknown, origin: string = globalThis.location?.origin ?? ''): string | undefined {
  const message = error instanceof Error ? error.message : '';
  const match = /(https?:\/\/\S+\.js)(?:\?\S*)?\s*$/.exec(message);
  if (!match?.[1]) return undefined;
  try {
    const url = new URL(match[1]);
    return url.origin === origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function lazyPart<P>(loader: () => Promise<PartModule<P>>): LazyPart<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  let component: ComponentType<P> | undefined;
  let failedUrl: string | undefined;
  let attempt = 0;
  // A failed module fetch stays failed in the document's module map: importing the same URL
  // again fails without asking the network. A retry therefore asks for the same script under
  // another URL (a query the static server ignores); where the browser does not name the
  // script, the plain loader is tried again.
  const load = (): Promise<PartModule<P>> => {
    if (failedUrl === undefined) return loader();
    attempt += 1;
    return import(/* @vite-ignore */ `${failedUrl}?retry=${attempt}`) as Promise<PartModule<P>>;
  };
  return {
    load() {
      if (!pending) {
        pending = load().then(
          (module) => {
            component = module.default;
            return module.default;
          },
          (error: unknown) => {
            // Forget the failure so the next attempt fetches again.
            failedUrl = failedModuleUrl(error) ?? failedUrl;
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
