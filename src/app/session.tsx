/**
 * The session: a sign-in dialog that any call hitting an expired session (or the first call
 * of a page opened without one) waits for, over the untouched page. requestJson retries the
 * interrupted call after a successful sign-in, so nothing the user typed is lost.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { connectionQueries } from '../api/connections';
import { setSignInHandler } from '../api/http';
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
  const [open, setOpen] = useState(false);
  const settle = useRef<((signedIn: boolean) => void) | null>(null);

  const askToSignIn = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        settle.current?.(false);
        settle.current = resolve;
        setOpen(true);
      }),
    [],
  );

  useEffect(() => setSignInHandler(askToSignIn), [askToSignIn]);

  const finish = useCallback((signedIn: boolean) => {
    setOpen(false);
    settle.current?.(signedIn);
    settle.current = null;
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({
      signOut: async () => {
        await signOut();
        // Everything cached belonged to the previous user; refetching asks who is next.
        await queryClient.resetQueries();
      },
      signInAgain: async () => {
        const signedIn = await askToSignIn();
        if (signedIn) await queryClient.invalidateQueries({ queryKey: connectionQueries.list().queryKey });
        return signedIn;
      },
    }),
    [queryClient, askToSignIn],
  );

  return (
    <SessionContext.Provider value={value}>
      {children}
      {open && <SignInDialog onSignedIn={() => finish(true)} onCancel={() => finish(false)} />}
    </SessionContext.Provider>
  );
}
