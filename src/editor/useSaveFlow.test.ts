import { describe, expect, it } from 'vitest';
import { DataforError } from '../api/client';
import { FOODMART2_DOCUMENTED_BODY } from '../connection/documented-example';
import { toFormValues, toPayload } from '../connection/convert';
import type { WireConnection } from '../connection/wire';
import {
  initialSaveFlowState,
  reviewViewOf,
  saveFlowReducer,
  type SaveFlowEvent,
  type SaveFlowState,
  type SavePhase,
} from './useSaveFlow';

const loaded = { ...structuredClone(FOODMART2_DOCUMENTED_BODY), password: 'never-cached' } as unknown as WireConnection;
const payload: WireConnection = { ...loaded, hostname: 'db.example', password: 'typed' };
const theirs: WireConnection = { ...loaded, password: null, databaseName: 'foodmart_v2' };

function run(...events: SaveFlowEvent[]): SaveFlowState {
  return events.reduce(saveFlowReducer, initialSaveFlowState(loaded));
}

const at = (phase: SavePhase, state = initialSaveFlowState(loaded)): SaveFlowState => ({ ...state, phase });

describe('the save flow, step by step', () => {
  it('starts editing, on the loaded connection without its password', () => {
    const state = initialSaveFlowState(loaded);
    expect(state.phase).toEqual({ step: 'editing' });
    expect(state.original).toEqual({ ...loaded, password: null });
    expect(state.forbidden).toBeNull();
  });

  it('save → reviewing → checking → sending → saved, and what was sent becomes the baseline', () => {
    expect(run({ type: 'save', payload }).phase).toEqual({ step: 'reviewing', payload });
    expect(run({ type: 'save', payload }, { type: 'confirm' }).phase).toEqual({ step: 'checking', payload });
    expect(run({ type: 'save', payload }, { type: 'confirm' }, { type: 'checked', result: { kind: 'unchanged' } }).phase).toEqual({
      step: 'sending',
      payload,
    });
    const saved = run(
      { type: 'save', payload },
      { type: 'confirm' },
      { type: 'checked', result: { kind: 'unchanged' } },
      { type: 'sent', result: { msg: 'success' } },
    );
    expect(saved.phase).toEqual({ step: 'saved', msg: 'success' });
    expect(saved.original).toEqual({ ...payload, password: null });
  });

  it('the new baseline shares every part the save left equal, so what the editor derives from it stays put', () => {
    const before = initialSaveFlowState(loaded);
    // Made as the editor makes it: from the form, onto the baseline (toPayload builds new objects).
    const fromForm = toPayload({ ...toFormValues(before.original, []), hostname: 'db.example' }, before.original);
    const saved = [{ type: 'save', payload: fromForm }, { type: 'confirm' }, { type: 'checked', result: { kind: 'unchanged' } }, { type: 'sent', result: { msg: 'success' } }]
      .reduce((state, event) => saveFlowReducer(state, event as SaveFlowEvent), before);
    expect(saved.original.hostname).toBe('db.example');
    // The type object is what every section's type context hangs on (EditorContext).
    expect(saved.original.databaseType).toBe(before.original.databaseType);
    expect(saved.original.attributes).toBe(before.original.attributes);
  });

  it('a change on the server leads to conflict; Overwrite sends the reviewed payload, Reload takes theirs', () => {
    const conflict = run({ type: 'save', payload }, { type: 'confirm' }, { type: 'checked', result: { kind: 'changed', theirs } });
    expect(conflict.phase).toEqual({ step: 'conflict', payload, theirs });
    expect(saveFlowReducer(conflict, { type: 'overwrite' }).phase).toEqual({ step: 'sending', payload });
    const reloaded = saveFlowReducer(conflict, { type: 'reload' });
    expect(reloaded.phase).toEqual({ step: 'editing' });
    expect(reloaded.original).toEqual(theirs);
  });

  it('a connection gone meanwhile may still be overwritten, but not reloaded', () => {
    const gone = run({ type: 'save', payload }, { type: 'confirm' }, { type: 'checked', result: { kind: 'gone' } });
    expect(gone.phase).toEqual({ step: 'gone', payload });
    expect(saveFlowReducer(gone, { type: 'reload' })).toBe(gone);
    expect(saveFlowReducer(gone, { type: 'overwrite' }).phase).toEqual({ step: 'sending', payload });
  });

  it('a failed check can be tried again', () => {
    const error = new DataforError('network');
    const failed = run({ type: 'save', payload }, { type: 'confirm' }, { type: 'check-failed', error });
    expect(failed.phase).toEqual({ step: 'check-failed', payload, error });
    expect(saveFlowReducer(failed, { type: 'confirm' }).phase).toEqual({ step: 'checking', payload });
  });

  it('Back from any review state returns to editing, nothing sent', () => {
    for (const phase of [
      { step: 'reviewing', payload },
      { step: 'checking', payload },
      { step: 'conflict', payload, theirs },
      { step: 'gone', payload },
      { step: 'check-failed', payload, error: new Error('x') },
    ] satisfies SavePhase[]) {
      expect(saveFlowReducer(at(phase), { type: 'back' }).phase).toEqual({ step: 'editing' });
    }
  });

  it('a failed send keeps the baseline; CONNECTION_WRITE_FORBIDDEN also records the server’s reason', () => {
    const sending = at({ step: 'sending', payload });
    const failure = new DataforError('server', { serverMessage: 'update failed: disk full' });
    const failed = saveFlowReducer(sending, { type: 'send-failed', error: failure });
    expect(failed.phase).toEqual({ step: 'failed', error: failure });
    expect(failed.original).toBe(sending.original);
    expect(failed.forbidden).toBeNull();

    const reason = 'CONNECTION_WRITE_FORBIDDEN: creator has no Edit permission on foodmart2';
    const refused = saveFlowReducer(sending, { type: 'send-failed', error: new DataforError('forbidden', { serverMessage: reason }) });
    expect(refused.forbidden).toBe(reason);
    // Read-only from then on: Save does nothing.
    expect(saveFlowReducer(refused, { type: 'save', payload })).toBe(refused);
    expect(saveFlowReducer(refused, { type: 'nothing-to-save' })).toBe(refused);
  });

  it('nothing to save counts each press, and a blocked save clears the last result', () => {
    const once = run({ type: 'nothing-to-save' });
    expect(once.phase).toEqual({ step: 'nothing-to-save', attempt: 1 });
    expect(saveFlowReducer(once, { type: 'nothing-to-save' }).phase).toEqual({ step: 'nothing-to-save', attempt: 2 });
    expect(saveFlowReducer(once, { type: 'blocked' }).phase).toEqual({ step: 'editing' });
    expect(saveFlowReducer(at({ step: 'saved', msg: null }), { type: 'blocked' }).phase).toEqual({ step: 'editing' });
    expect(saveFlowReducer(at({ step: 'saved', msg: null }), { type: 'save', payload }).phase).toEqual({ step: 'reviewing', payload });
  });
});

describe('events that do not apply change nothing (double clicks, late answers)', () => {
  const cases: [string, SavePhase, SaveFlowEvent][] = [
    ['Save while reviewing', { step: 'reviewing', payload }, { type: 'save', payload }],
    ['Save while sending', { step: 'sending', payload }, { type: 'save', payload }],
    ['a second "Save changes"', { step: 'checking', payload }, { type: 'confirm' }],
    ['"Save changes" while sending', { step: 'sending', payload }, { type: 'confirm' }],
    ['a second "Overwrite anyway"', { step: 'sending', payload }, { type: 'overwrite' }],
    ['a check answer after Back', { step: 'editing' }, { type: 'checked', result: { kind: 'unchanged' } }],
    ['a check failure after Back', { step: 'editing' }, { type: 'check-failed', error: new Error('late') }],
    ['a send result outside sending', { step: 'editing' }, { type: 'sent', result: { msg: null } }],
    ['a send failure outside sending', { step: 'saved', msg: null }, { type: 'send-failed', error: new DataforError('network') }],
    ['Back while sending', { step: 'sending', payload }, { type: 'back' }],
    ['Reload outside a conflict', { step: 'reviewing', payload }, { type: 'reload' }],
  ];
  it.each(cases)('%s', (_name, phase, event) => {
    const state = at(phase);
    expect(saveFlowReducer(state, event)).toBe(state);
  });
});

describe('reviewViewOf', () => {
  it('keeps the review open, checking, while a check waits for a sign-in; not while a send does', () => {
    expect(reviewViewOf({ step: 'signed-out-resume', resumes: 'checking', payload })).toMatchObject({ step: 'signed-out-resume' });
    expect(reviewViewOf({ step: 'signed-out-resume', resumes: 'sending', payload })).toBeNull();
    expect(reviewViewOf({ step: 'sending', payload })).toBeNull();
    expect(reviewViewOf({ step: 'conflict', payload, theirs })).toEqual({ step: 'conflict', payload, theirs });
  });
});
