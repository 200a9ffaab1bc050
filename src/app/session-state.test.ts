import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/client';
import { createSessionState } from './session-state';

function setUp(unsavedEdits = false) {
  const gate = createApiClient({ apiBase: '' }).signIn;
  const session = createSessionState(gate);
  session.setUnsavedEditsProbe(() => unsavedEdits);
  /** A call that found no session: it waits at the gate, as the API client makes it. */
  const callFindsNoSession = () => gate.request();
  return { gate, session, callFindsNoSession };
}

describe('session states', () => {
  it('a first visit without a session asks to sign in as a first visit, and Cancel leads to the signed-out page at once', async () => {
    const { gate, session, callFindsNoSession } = setUp();
    const waiting = callFindsNoSession();
    expect(session.getSnapshot()).toEqual({ status: 'checking', signedOutReason: null, dialog: 'first-visit' });
    session.cancelled();
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', signedOutReason: 'not-signed-in', dialog: null });
    // The waiting calls fail only after the page knows it is signed out.
    await expect(waiting).resolves.toBe(false);
    expect(gate.isWaiting()).toBe(false);
  });

  it('a call that finds no session before the provider exists still opens a first-visit dialog', () => {
    const gate = createApiClient({ apiBase: '' }).signIn;
    void gate.request();
    const session = createSessionState(gate);
    expect(session.getSnapshot().dialog).toBe('first-visit');
  });

  it('signing in from the first visit resumes the waiting calls', async () => {
    const { session, callFindsNoSession } = setUp();
    const waiting = callFindsNoSession();
    session.signedIn();
    await expect(waiting).resolves.toBe(true);
    expect(session.getSnapshot()).toEqual({ status: 'signed-in', signedOutReason: null, dialog: null });
  });

  it('a session that ends under unsaved edits offers the resume flow, and Cancel keeps the page', () => {
    const { session, callFindsNoSession } = setUp(true);
    session.answered();
    void callFindsNoSession();
    expect(session.getSnapshot().dialog).toBe('expired-with-edits');
    session.cancelled();
    expect(session.getSnapshot()).toEqual({ status: 'expired', signedOutReason: null, dialog: null });
    // Trying again later asks again in the same words.
    void callFindsNoSession();
    expect(session.getSnapshot().dialog).toBe('expired-with-edits');
  });

  it('a session that ends with nothing unsaved says so plainly, and Cancel leads to the signed-out page', () => {
    const { session, callFindsNoSession } = setUp(false);
    session.answered();
    void callFindsNoSession();
    expect(session.getSnapshot().dialog).toBe('expired');
    session.cancelled();
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', signedOutReason: 'expired', dialog: null });
  });

  it('signing out by choice shows the signed-out page; "Sign in" there opens a plain sign-in whose Cancel changes nothing', async () => {
    const { session } = setUp(true);
    session.answered();
    session.signedOut();
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', signedOutReason: 'signed-out', dialog: null });
    const outcome = session.requestSignIn();
    expect(session.getSnapshot().dialog).toBe('sign-in');
    session.cancelled();
    await expect(outcome).resolves.toBe(false);
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', signedOutReason: 'signed-out', dialog: null });
  });

  it('"Sign in as another user" while signed in is a plain sign-in too', () => {
    const { session } = setUp(true);
    session.answered();
    void session.requestSignIn();
    expect(session.getSnapshot().dialog).toBe('sign-in');
    session.cancelled();
    expect(session.getSnapshot().status).toBe('signed-in');
  });

  it('a late answer does not undo a sign-out', () => {
    const { session } = setUp();
    session.answered();
    session.signedOut();
    session.answered();
    expect(session.getSnapshot().status).toBe('signed-out');
  });
});
