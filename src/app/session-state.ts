/**
 * The session as the page sees it, one state at a time:
 *
 *   checking ──(a call is answered)──► signed-in ──(Sign out)──► signed-out (signed-out)
 *      │                                  │
 *      │ a call finds no session           │ a call finds the session ended
 *      ▼                                  ▼
 *   dialog "first-visit"               dialog "expired-with-edits" (unsaved edits on screen)
 *      │ Cancel                          │ Cancel: the page and its edits stay → expired
 *      ▼                                 dialog "expired" (nothing unsaved)
 *   signed-out (not-signed-in)           │ Cancel → signed-out (expired)
 *
 * A dialog the user asked for ("Sign in" on the signed-out page or in the header) is "sign-in":
 * cancelling it changes nothing. Signing in from any dialog leads to signed-in, and the calls
 * that waited are sent again (the client's sign-in gate).
 *
 * No React here: SessionProvider renders it, the tests drive it.
 */
import type { SignInGate } from '../api/client';

export type SessionStatus = 'checking' | 'signed-in' | 'signed-out' | 'expired';
export type SignedOutReason = 'not-signed-in' | 'signed-out' | 'expired';
export type SignInPurpose = 'first-visit' | 'sign-in' | 'expired' | 'expired-with-edits';

export interface SessionSnapshot {
  status: SessionStatus;
  /** Why the page shows the signed-out screen; null unless status is 'signed-out'. */
  signedOutReason: SignedOutReason | null;
  /** What the open sign-in dialog is for; null while it is closed. */
  dialog: SignInPurpose | null;
}

export interface SessionState {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** The server answered a call: somebody (perhaps an anonymous caller) has a session. */
  answered(): void;
  /** Asks the page whether it holds unsaved edits, at the moment a session ends under it. */
  setUnsavedEditsProbe(probe: (() => boolean) | null): void;
  /** Opens the dialog on the user's request; resolves with its outcome. */
  requestSignIn(): Promise<boolean>;
  /** The dialog's outcomes. */
  signedIn(): void;
  cancelled(): void;
  /** The user signed out (the server's logout answered). */
  signedOut(): void;
  dispose(): void;
}

/**
 * `alreadyAnswered`: a call had proved the session before the state was made (the page's first
 * reads are answered before its first render), so it starts signed in instead of flipping from
 * "checking" right after mounting, which would render the whole page a second time.
 */
export function createSessionState(gate: SignInGate, alreadyAnswered = false): SessionState {
  let snapshot: SessionSnapshot = { status: alreadyAnswered ? 'signed-in' : 'checking', signedOutReason: null, dialog: null };
  let unsavedEdits: (() => boolean) | null = null;
  let requested = false;
  const listeners = new Set<() => void>();

  const update = (next: Partial<SessionSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };

  const purposeNow = (): SignInPurpose => {
    if (requested || snapshot.status === 'signed-out') return 'sign-in';
    if (snapshot.status === 'checking') return 'first-visit';
    return unsavedEdits?.() ? 'expired-with-edits' : 'expired';
  };

  // The gate opens for a call that found no session, or for requestSignIn.
  const followGate = () => {
    if (gate.isWaiting()) {
      if (snapshot.dialog === null) update({ dialog: purposeNow() });
    } else if (snapshot.dialog !== null) {
      update({ dialog: null });
    }
  };
  const stopFollowing = gate.subscribe(followGate);
  followGate();

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answered() {
      if (snapshot.status === 'checking') update({ status: 'signed-in' });
    },
    setUnsavedEditsProbe(probe) {
      unsavedEdits = probe;
    },
    requestSignIn() {
      requested = true;
      const outcome = gate.request();
      followGate();
      return outcome;
    },
    signedIn() {
      requested = false;
      update({ status: 'signed-in', signedOutReason: null, dialog: null });
      gate.settle(true);
    },
    cancelled() {
      const purpose = snapshot.dialog;
      requested = false;
      // The page changes first, then the waiting calls fail: a page that is going away must
      // not show their failures on its way out.
      if (purpose === 'first-visit') update({ status: 'signed-out', signedOutReason: 'not-signed-in', dialog: null });
      else if (purpose === 'expired') update({ status: 'signed-out', signedOutReason: 'expired', dialog: null });
      else if (purpose === 'expired-with-edits') update({ status: 'expired', dialog: null });
      else update({ dialog: null });
      gate.settle(false);
    },
    signedOut() {
      update({ status: 'signed-out', signedOutReason: 'signed-out' });
    },
    dispose() {
      stopFollowing();
      listeners.clear();
    },
  };
}
