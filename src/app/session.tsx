/**
 * The session: a sign-in dialog that any call hitting an expired session (or the first call
 * of a page opened without one) waits for, over the untouched page. The editor's API client
 * sends the interrupted call again after a successful sign-in, so nothing the user typed is lost.
 */
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiClientProvider';
import { connectionKeys } from '../api/connections';
import { signOut } from '../api/session';
// Static on purpose (about 1 KB): this dialog appears when things already go wrong, and a lazy
// chunk that fails to load then (network down, a redeploy removed it) would unmount the page
// and the edits on it.
import { SignInDialog } from './SignInDialog';

interface SessionContextValue {
  signOut: () => Promise<void>;
  /**
   * Opens the sign-in dialog on the user's request. A server may answer an anonymous caller
   * with an empty list instead of a 401, so the page offers this where it shows nothing.
   */
  signInAgain: () => Promise<boolean>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  const gate = client.signIn;
  // Open while any call of this editor's client waits for the user (including calls made
  // before this provider mounted: the page's first requests).
  const open = useSyncExternalStore(gate.subscribe, gate.isWaiting);

  const value = useMemo<SessionContextValue>(
    () => ({
      signOut: async () => {
        await signOut(client);
        // Everything cached belonged to the previous user; refetching asks who is next.
        await queryClient.resetQueries();
      },
      signInAgain: async () => {
        const signedIn = await gate.request();
        if (signedIn) await queryClient.invalidateQueries({ queryKey: connectionKeys.list() });
        return signedIn;
      },
    }),
    [queryClient, client, gate],
  );

  return (
    <SessionContext.Provider value={value}>
      {children}
      {open && <SignInDialog onSignedIn={() => gate.settle(true)} onCancel={() => gate.settle(false)} />}
    </SessionContext.Provider>
  );
}
