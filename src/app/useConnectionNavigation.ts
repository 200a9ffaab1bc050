/**
 * Which connection is open, kept in `?name=` so links and back/forward work, with a leave
 * guard: while the open form has unsaved edits, nothing switches without the user's say.
 * A connection being created (a draft, issue 11) is open instead of any: the URL then names none.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ConnectionDraft } from '../lifecycle/draft';
import { readConnectionName } from './page-address';

function urlFor(name: string | null): string {
  const params = new URLSearchParams(window.location.search);
  if (name === null) params.delete('name');
  else params.set('name', name);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

export interface PendingLeave {
  /** Where the user wanted to go; null closes the editor (or opens `draft`). */
  target: string | null;
  draft?: ConnectionDraft;
}

export interface ConnectionNavigation {
  openName: string | null;
  /** The connection being created, shown instead of `openName` (which is then null). */
  draft: ConnectionDraft | null;
  /** Asks first when the form is dirty. */
  choose: (name: string | null) => void;
  /** Opens a new or duplicated connection in the editor; asks first when the form is dirty. */
  startDraft: (draft: ConnectionDraft) => void;
  /** After a delete: opens `next` (a neighbour, or nothing) in place of the deleted one. */
  followDelete: (next: string | null) => void;
  /** Follows a save: a rename replaces the URL instead of adding a history entry. */
  followSave: (savedName: string) => void;
  /**
   * Called by the form whenever its dirty flag flips. Kept out of React state on purpose: the
   * first keystroke into a clean form flips it, and re-rendering the whole page (header,
   * list) inside that keystroke made it the slowest one of all (issue 6).
   */
  setDirty: (dirty: boolean) => void;
  isDirty: () => boolean;
  pendingLeave: PendingLeave | null;
  confirmLeave: () => void;
  cancelLeave: () => void;
  /** "Save and leave": closes the prompt and asks the editor to save (saveRequest). */
  saveAndLeave: () => void;
  /** For the editor: save once per id, then go where the user wanted to (`then`). */
  saveRequest: { id: number; then: () => void } | null;
}

export interface NavigationOptions {
  /** Off inside an iframe or a host page: their history belongs to the host. */
  syncUrl?: boolean;
  /** The connection to open first; defaults to `?name=`. */
  initialName?: string | null;
}

export function useConnectionNavigation({ syncUrl = true, initialName }: NavigationOptions = {}): ConnectionNavigation {
  const [openName, setOpenName] = useState<string | null>(() =>
    initialName !== undefined ? initialName : readConnectionName(),
  );
  const [draft, setDraft] = useState<ConnectionDraft | null>(null);
  const [pendingLeave, setPendingLeave] = useState<PendingLeave | null>(null);
  // Read from the popstate listener, which must not be re-registered on every navigation.
  const state = useRef({ openName, drafting: false, dirty: false });
  useLayoutEffect(() => {
    state.current.openName = openName;
    state.current.drafting = draft !== null;
  }, [openName, draft]);

  // While the form is dirty, closing or reloading the tab asks first.
  const unloadGuard = useRef<((event: BeforeUnloadEvent) => void) | null>(null);
  const setDirty = useCallback((next: boolean) => {
    state.current.dirty = next;
    if (next && !unloadGuard.current) {
      unloadGuard.current = (event: BeforeUnloadEvent) => {
        event.preventDefault();
        // Older Chromium versions only prompt when returnValue is set.
        event.returnValue = '';
      };
      window.addEventListener('beforeunload', unloadGuard.current);
    } else if (!next && unloadGuard.current) {
      window.removeEventListener('beforeunload', unloadGuard.current);
      unloadGuard.current = null;
    }
  }, []);
  useEffect(() => () => setDirty(false), [setDirty]);

  const go = useCallback(
    (name: string | null, history: 'push' | 'replace' | 'none', nextDraft: ConnectionDraft | null = null) => {
      if (syncUrl && history !== 'none') {
        const url = urlFor(name);
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      state.current.openName = name;
      state.current.drafting = nextDraft !== null;
      setOpenName(name);
      setDraft(nextDraft);
      setDirty(false);
      setPendingLeave(null);
    },
    [syncUrl, setDirty],
  );

  useEffect(() => {
    if (!syncUrl) return;
    const onPopState = () => {
      const target = readConnectionName();
      const { openName: current, drafting, dirty: isDirty } = state.current;
      if (target === current && !drafting) return;
      if (!isDirty) {
        go(target, 'none');
        return;
      }
      // The browser already moved the URL; put it back until the user decides.
      window.history.pushState(null, '', urlFor(current));
      setPendingLeave({ target });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [go, syncUrl]);

  const choose = useCallback(
    (name: string | null) => {
      if (name === state.current.openName && !state.current.drafting) return;
      if (state.current.dirty) setPendingLeave({ target: name });
      else go(name, 'push');
    },
    [go],
  );

  const startDraft = useCallback(
    (next: ConnectionDraft) => {
      if (state.current.dirty) setPendingLeave({ target: null, draft: next });
      else go(null, 'push', next);
    },
    [go],
  );

  const followDelete = useCallback((next: string | null) => go(next, 'replace'), [go]);

  const followSave = useCallback(
    (savedName: string) => {
      setDirty(false);
      // A saved draft is now an ordinary connection: it opens under its name.
      if (savedName === state.current.openName && !state.current.drafting) return;
      if (syncUrl) window.history.replaceState(null, '', urlFor(savedName));
      state.current.openName = savedName;
      state.current.drafting = false;
      setOpenName(savedName);
      setDraft(null);
    },
    [syncUrl, setDirty],
  );

  const confirmLeave = useCallback(() => {
    if (pendingLeave) go(pendingLeave.target, 'push', pendingLeave.draft ?? null);
  }, [go, pendingLeave]);

  const cancelLeave = useCallback(() => setPendingLeave(null), []);
  const isDirty = useCallback(() => state.current.dirty, []);

  // The save goes through the editor's own flow (review, conflict check); only a save that
  // succeeds moves on. Anything else leaves the user where they were, edits intact.
  const [saveRequest, setSaveRequest] = useState<{ id: number; then: () => void } | null>(null);
  const saveAndLeave = useCallback(() => {
    if (!pendingLeave) return;
    const { target, draft } = pendingLeave;
    setPendingLeave(null);
    setSaveRequest((previous) => ({ id: (previous?.id ?? 0) + 1, then: () => go(target, 'push', draft ?? null) }));
  }, [go, pendingLeave]);

  return {
    openName,
    draft,
    choose,
    startDraft,
    followDelete,
    followSave,
    setDirty,
    isDirty,
    pendingLeave,
    confirmLeave,
    cancelLeave,
    saveAndLeave,
    saveRequest,
  };
}
