/**
 * The session: who is signed in, and the sign-in dialog that any call finding no session waits
 * for (including the page's first calls, made before this provider mounted). The states and
 * what each dialog is for live in session-state.ts; this renders them. After a sign-in the API
 * client sends the interrupted calls again, so nothing the user typed is lost.
 */
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiClientProvider';
import { connectionKeys } from '../api/connections';
import { answerProvesSession, sessionKeys, signOut } from '../api/session';
import { createSessionState, type SessionStatus, type SignedOutReason } from './session-state';
// Static on purpose (about 1 KB): this dialog appears when things already go wrong, and a lazy
// chunk that fails to load then (network down, a redeploy removed it) would unmount the page
// and the edits on it.
import { SignInDialog } from './SignInDialog';

interface SessionContextValue {
  status: SessionStatus;
  /** Why nobody is signed in, while status is 'signed-out'. */
  signedOutReason: SignedOutReason | null;
  signOut: () => Promise<void>;
  /**
   * Opens the sign-in dialog on the user's request ("Sign in", "Sign in as another user": a
   * server may answer an anonymous caller with an empty list instead of a 401).
   */
  signInAgain: () => Promise<boolean>;
  /** The page tells how to know whether it holds unsaved edits (see useUnsavedEditsProbe). */
  setUnsavedEditsProbe: (probe: (() => boolean) | null) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/**
 * A page with an editor registers how to ask it for unsaved edits: a session ending under
 * them opens the resume flow over the untouched form; without any it shows the signed-out page.
 */
export function useUnsavedEditsProbe(isDirty: () => boolean): void {
  const { setUnsavedEditsProbe } = useSession();
  useEffect(() => {
    setUnsavedEditsProbe(isDirty);
    return () => setUnsavedEditsProbe(null);
  }, [isDirty, setUnsavedEditsProbe]);
}

type CachedQuery = { queryKey: readonly unknown[]; state: { data: unknown } };
const proves = (query: CachedQuery) => answerProvesSession(query.queryKey, query.state.data);

/** Whether an answer already in the cache shows the server let us in. */
function anyAnswerProvesSession(queryClient: QueryClient): boolean {
  return queryClient.getQueryCache().getAll().some((query) => query.state.status === 'success' && proves(query));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  const [state] = useState(() => createSessionState(client.signIn, anyAnswerProvesSession(queryClient)));
  useEffect(() => () => state.dispose(), [state]);
  const { status, signedOutReason, dialog } = useSyncExternalStore(state.subscribe, state.getSnapshot);

  // Any answered call tells that the server let us in (the first ones may have been answered
  // before this provider mounted, or between its first render and this effect).
  useEffect(() => {
    const queries = queryClient.getQueryCache();
    const mutations = queryClient.getMutationCache();
    if (anyAnswerProvesSession(queryClient)) state.answered();
    const stopQueries = queries.subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success' && proves(event.query)) state.answered();
    });
    const stopMutations = mutations.subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') state.answered();
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, state]);

  // Signed out, everything cached belonged to the previous user. Dropped once the page has
  // swapped its panes for the signed-out page, so no mounted query fetches (and asks) again.
  useEffect(() => {
    if (status === 'signed-out') queryClient.removeQueries();
  }, [status, queryClient]);

  const value = useMemo<SessionContextValue>(
    () => ({
      status,
      signedOutReason,
      signOut: async () => {
        await signOut(client);
        state.signedOut();
      },
      signInAgain: async () => {
        const signedIn = await state.requestSignIn();
        if (signedIn) await queryClient.invalidateQueries({ queryKey: connectionKeys.list() });
        return signedIn;
      },
      setUnsavedEditsProbe: state.setUnsavedEditsProbe,
    }),
    [status, signedOutReason, queryClient, client, state],
  );

  return (
    <SessionContext.Provider value={value}>
      {children}
      {dialog && (
        <SignInDialog
          purpose={dialog}
          onSignedIn={() => {
            state.signedIn();
            // Perhaps somebody else: the header asks again who it is.
            void queryClient.invalidateQueries({ queryKey: sessionKeys.user() });
          }}
          onCancel={state.cancelled}
        />
      )}
    </SessionContext.Provider>
  );
}
