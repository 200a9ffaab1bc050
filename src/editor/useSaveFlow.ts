/**
 * One save, from the Save button to "Connection saved", as a list of states. The reducer below
 * decides every transition; the hook after it performs what a transition asks for (the
 * concurrent-change check, the request, resetting the form). Components render the state and
 * call the actions; none of them orchestrates.
 *
 *   editing ─Save─► nothing-to-save    the form holds what the server holds: said beside Save,
 *                                      no dialog, nothing sent (see unsaved-changes.ts)
 *           ─Save─► reviewing          the review dialog lists every change; nothing sent yet
 *   reviewing ─"Save changes"─► checking      the connection is read again: did someone else
 *                                             change it since the form was loaded?
 *   checking ─unchanged─► sending
 *            ─changed──► conflict      theirs beside yours: "Overwrite anyway" → sending,
 *                                      "Reload their version" → editing on their copy
 *            ─gone─────► gone          renamed or deleted meanwhile: "Overwrite anyway" → sending
 *            ─error────► check-failed  "Try again" → checking
 *   sending ─► saved                   the payload becomes the baseline; the form is reset to it
 *           ─► failed                  every edit kept; CONNECTION_WRITE_FORBIDDEN → read-only
 *   "Back" (or Escape) from any review state → editing, nothing sent.
 *
 *   signed-out-resume: a check or a send that meets an expired session does not fail. The
 *   request waits at the API client's sign-in gate (`createApiClient().request` in
 *   src/api/client.ts), the SessionProvider's sign-in dialog opens over the untouched form, and
 *   the same request is sent again once the user has signed in. While it waits, the flow's
 *   state reads `signed-out-resume` (the reducer stays in `checking`/`sending`: only the gate
 *   decides when it ends); a cancelled sign-in ends the check or the send as an `unauthorized`
 *   failure, with every edit still in the form.
 *
 * New and duplicate connections (issue 11) take the same flow with `target: 'add'` and another
 * starting `connection` (src/connection/new-connection.ts). There, Save always has something to
 * send, and "checking" asks `checkexists` whether the name was taken meanwhile instead of
 * re-reading a server copy. A rename is checked the same way after the conflict check.
 *   checking ─name taken─► editing     the review closes; the name field says which name clashes
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { replaceEqualDeep, useQueryClient } from '@tanstack/react-query';
import { useForm, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useApiClient } from '../api/ApiClientProvider';
import { isDataforError, type DataforError } from '../api/client';
import { checkForConflict, type ConflictCheck } from '../api/conflict-check';
import { asStored, checkConnectionExists, rememberConnection, useSaveConnection, type SaveResult, type SaveTarget } from '../api/connections';
import { toFormValues, toPayload, withoutTypedSecrets } from '../connection/convert';
import type { ConnectionFormValues } from '../connection/form';
import { buildConnectionFormSchema, connectionFormSchemaFor } from '../connection/form-schema';
import { sameConnectionName } from '../connection/rules';
import { validationMessage } from '../connection/validation-messages';
import type { PoolParameterInfo, WireConnection } from '../connection/wire';
import { useNameClash, useNameClashWatch, type NameClash } from './name-clash';
import { resetToSaved } from './reset-to-saved';
import { useUnsavedChangesTracker, type UnsavedChanges } from './unsaved-changes';
import { createOptionEdits, type OptionEdits } from './option-edits';

// ─── The states ────────────────────────────────────────────────────────────────────────────

export type SavePhase =
  | { step: 'editing' }
  /** `attempt` counts repeated presses, so that each one is announced. */
  | { step: 'nothing-to-save'; attempt: number }
  /** `payload` is `toPayload(form, original)`: exactly what "Save changes" will send. */
  | { step: 'reviewing'; payload: WireConnection }
  | { step: 'checking'; payload: WireConnection }
  | { step: 'conflict'; payload: WireConnection; theirs: WireConnection }
  | { step: 'gone'; payload: WireConnection }
  | { step: 'check-failed'; payload: WireConnection; error: unknown }
  | { step: 'sending'; payload: WireConnection }
  | { step: 'saved'; msg: string | null }
  | { step: 'failed'; error: DataforError };

export interface SaveFlowState {
  /**
   * What `toPayload` starts from and the review compares with: the connection as loaded, then
   * each saved payload or reloaded server copy. Its password is always withheld.
   */
  original: WireConnection;
  /** The server's words when it refused a save with CONNECTION_WRITE_FORBIDDEN; read-only from then on. */
  forbidden: string | null;
  phase: SavePhase;
}

/** A check or a send waiting at the sign-in gate (see the top of this file). */
export interface SignedOutResume {
  step: 'signed-out-resume';
  resumes: 'checking' | 'sending';
  payload: WireConnection;
}

/** What screens render: the reducer's phase, or `signed-out-resume` while the sign-in gate holds it. */
export type SaveFlowView = SavePhase | SignedOutResume;

/** The states the review dialog shows. It stays open, checking, while a check waits for a sign-in. */
export type ReviewView =
  | Extract<SavePhase, { step: 'reviewing' | 'checking' | 'conflict' | 'gone' | 'check-failed' }>
  | (SignedOutResume & { resumes: 'checking' });

export function reviewViewOf(view: SaveFlowView): ReviewView | null {
  switch (view.step) {
    case 'reviewing':
    case 'checking':
    case 'conflict':
    case 'gone':
    case 'check-failed':
      return view;
    case 'signed-out-resume':
      return view.resumes === 'checking' ? { ...view, resumes: 'checking' } : null;
    default:
      return null;
  }
}

/** The update is on its way (or waits for a sign-in to go again): Save shows progress. */
export function isSending(view: SaveFlowView): boolean {
  return view.step === 'sending' || (view.step === 'signed-out-resume' && view.resumes === 'sending');
}

export function initialSaveFlowState(connection: WireConnection): SaveFlowState {
  return { original: asStored(connection), forbidden: null, phase: { step: 'editing' } };
}

/** What "checking" found: a conflict check, or (new connections and renames) that the name is taken. */
export type PreSendCheck = ConflictCheck | { kind: 'name-taken'; name: string };

// ─── The transitions ───────────────────────────────────────────────────────────────────────

export type SaveFlowEvent =
  /** Save pressed with valid values that differ from the baseline. */
  | { type: 'save'; payload: WireConnection }
  /** Save pressed on a form that holds what the server holds. */
  | { type: 'nothing-to-save' }
  /** Save stopped by validation: an earlier result must not sit beside the new errors. */
  | { type: 'blocked' }
  /** "Save changes", or "Try again" after a failed check. */
  | { type: 'confirm' }
  | { type: 'checked'; result: PreSendCheck }
  | { type: 'check-failed'; error: unknown }
  | { type: 'overwrite' }
  | { type: 'reload' }
  | { type: 'back' }
  | { type: 'sent'; result: SaveResult }
  | { type: 'send-failed'; error: DataforError };

/**
 * The next baseline, sharing every part equal to the last one (`replaceEqualDeep`): what the
 * editor derives from a part (the type context every section reads) then stays the same object,
 * so a save re-renders only what it changed, not 2,000 option rows' worth of sections.
 */
function asBaseline(previous: WireConnection, next: WireConnection): WireConnection {
  return replaceEqualDeep(previous, asStored(next));
}

/** Save may be pressed: nothing is under way. */
function isIdle(phase: SavePhase): boolean {
  return phase.step === 'editing' || phase.step === 'nothing-to-save' || phase.step === 'saved' || phase.step === 'failed';
}

function isReviewing(phase: SavePhase): boolean {
  return (
    phase.step === 'reviewing' ||
    phase.step === 'checking' ||
    phase.step === 'conflict' ||
    phase.step === 'gone' ||
    phase.step === 'check-failed'
  );
}

/**
 * Pure: the next state, or `state` itself when the event does not apply to it (a second click,
 * a late answer after "Back") — the hook acts only on transitions that happened.
 */
export function saveFlowReducer(state: SaveFlowState, event: SaveFlowEvent): SaveFlowState {
  const { phase } = state;
  const to = (next: SavePhase, changes: Partial<SaveFlowState> = {}): SaveFlowState => ({ ...state, ...changes, phase: next });
  switch (event.type) {
    case 'save':
      return isIdle(phase) && state.forbidden === null ? to({ step: 'reviewing', payload: event.payload }) : state;
    case 'nothing-to-save':
      if (!isIdle(phase) || state.forbidden !== null) return state;
      return to({ step: 'nothing-to-save', attempt: phase.step === 'nothing-to-save' ? phase.attempt + 1 : 1 });
    case 'blocked':
      return isIdle(phase) && phase.step !== 'editing' ? to({ step: 'editing' }) : state;
    case 'confirm':
      return phase.step === 'reviewing' || phase.step === 'check-failed' ? to({ step: 'checking', payload: phase.payload }) : state;
    case 'checked': {
      if (phase.step !== 'checking') return state;
      const { result } = event;
      if (result.kind === 'unchanged') return to({ step: 'sending', payload: phase.payload });
      if (result.kind === 'changed') return to({ step: 'conflict', payload: phase.payload, theirs: result.theirs });
      // Taken meanwhile: back to the form, whose name field says so (the hook marks it).
      if (result.kind === 'name-taken') return to({ step: 'editing' });
      return to({ step: 'gone', payload: phase.payload });
    }
    case 'check-failed':
      return phase.step === 'checking' ? to({ step: 'check-failed', payload: phase.payload, error: event.error }) : state;
    case 'overwrite':
      // The payload the user reviewed, not a merge onto theirs: a merge would save settings the
      // user never saw, and `update` replaces the whole connection anyway.
      return phase.step === 'conflict' || phase.step === 'gone' ? to({ step: 'sending', payload: phase.payload }) : state;
    case 'reload':
      return phase.step === 'conflict' ? to({ step: 'editing' }, { original: asBaseline(state.original, phase.theirs) }) : state;
    case 'back':
      return isReviewing(phase) ? to({ step: 'editing' }) : state;
    case 'sent':
      return phase.step === 'sending'
        ? to({ step: 'saved', msg: event.result.msg }, { original: asBaseline(state.original, withoutTypedSecrets(phase.payload, state.original)) })
        : state;
    case 'send-failed':
      if (phase.step !== 'sending') return state;
      // The server is the judge of permissions: once it refuses, stop offering Save.
      return to(
        { step: 'failed', error: event.error },
        event.error.prefix === 'CONNECTION_WRITE_FORBIDDEN' ? { forbidden: event.error.serverMessage ?? '' } : {},
      );
  }
}

// ─── The hook ──────────────────────────────────────────────────────────────────────────────

export interface SaveFlowOptions {
  /** The connection as loaded (issue 11: the connection a new one starts from). */
  connection: WireConnection;
  poolParameters: readonly PoolParameterInfo[];
  target?: SaveTarget;
  /**
   * Validate every value, untouched ones too: a new connection's empty start is no server value
   * to be lenient with (its name, host… must be filled). A duplicate keeps the source's leniency.
   */
  validateAll?: boolean;
  /** No Edit permission: Save does nothing (the bar offers none). */
  readOnly?: boolean;
  onSaved?: (saved: { name: string; id: string | null }) => void;
}

export interface SaveFlowActions {
  /** The form's onSubmit: Save pressed (the button, or Enter in a field). */
  submit: (event: FormEvent<HTMLFormElement>) => void;
  /** "Save changes" in the review, or "Try again" after a failed check. */
  confirm: () => void;
  /** "Overwrite anyway" after a conflict, or when the connection is gone. */
  overwrite: () => void;
  /** "Reload their version": their copy becomes the baseline and the form shows it. */
  reload: () => void;
  /** "Back": keep editing, nothing sent. */
  back: () => void;
  /**
   * Save, as the button does, then run `after` once the save has succeeded (or at once when
   * there is nothing to save): "Save and leave". A save that stops on the way (invalid values,
   * "Back", a conflict reloaded, a failure) forgets `after`: the user stays, nothing lost.
   */
  saveThen: (after: () => void) => void;
}

export interface SaveFlow {
  /** The editor's form; its defaults are always the baseline as form values. */
  form: UseFormReturn<ConnectionFormValues>;
  /** "Does Save have something to send?", shared by the dirty tag, Discard and the leave prompt. */
  unsaved: UnsavedChanges;
  /** Keystrokes in option boxes, which the form does not report (option-edits.ts). */
  optionEdits: OptionEdits;
  state: SaveFlowView;
  original: WireConnection;
  forbidden: string | null;
  /** Stable for the life of the form. */
  actions: SaveFlowActions;
  /** Where the name clashes with another connection's, as the user types (name-clash.ts). */
  nameClash: NameClash;
}

/**
 * The form and its save. The form lives here because it and the baseline change together: a
 * save or a reload makes a new `original` and resets the form to it, and validation follows the
 * baseline's stored type (a type the catalogue lacks is validated as the server describes it).
 */
export function useSaveFlow({
  connection,
  poolParameters,
  target = 'update',
  validateAll = false,
  readOnly = false,
  onSaved,
}: SaveFlowOptions): SaveFlow {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { mutate } = useSaveConnection();

  const [state, setState] = useState(() => initialSaveFlowState(connection));
  // The state as of the last transition, for handlers: a second click can land before React
  // has re-rendered after the first.
  const latest = useRef(state);
  const dispatch = useCallback((event: SaveFlowEvent): boolean => {
    const next = saveFlowReducer(latest.current, event);
    if (next === latest.current) return false;
    latest.current = next;
    setState(next);
    return true;
  }, []);

  // Built once: useForm reads defaultValues on mount only, and 300 option rows are not free.
  const [initialValues] = useState(() => toFormValues(connection, poolParameters));
  // Validates what the user changes: the loaded connection's own values never block a save.
  const original = state.original;
  // The stored name this form edits; a connection still to be added has none (its clash is any).
  const ownName = target === 'update' ? original.name : null;
  const nameClash = useNameClash(ownName);
  const resolver = useMemo<Resolver<ConnectionFormValues>>(() => {
    const schema = validateAll ? buildConnectionFormSchema(original.databaseType) : connectionFormSchemaFor(original);
    const validate = zodResolver(schema);
    // A name known to be taken blocks Save like any rule, with the other connection's name.
    return async (values, context, options) => {
      const result = await validate(values, context, options);
      const clash = nameClash.takenBy(values.name);
      if (clash === undefined || result.errors.name) return result;
      return { values: {}, errors: { ...result.errors, name: { type: 'clash', message: validationMessage('name.taken', { name: clash }) } } };
    };
  }, [original, validateAll, nameClash]);
  const form = useForm<ConnectionFormValues>({
    resolver,
    defaultValues: initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const [optionEdits] = useState(createOptionEdits);
  const unsaved = useUnsavedChangesTracker(form, optionEdits, initialValues);
  useNameClashWatch(form, nameClash);

  // The host's props as they are when a save ends, not when it started.
  const host = useRef({ readOnly, onSaved });
  useEffect(() => {
    host.current = { readOnly, onSaved };
  });

  const check = useRef<AbortController | null>(null);
  // What "Save and leave" does once this save has succeeded.
  const afterSave = useRef<(() => void) | null>(null);
  // Leaving the editor must not leave a check running that could still send.
  useEffect(() => () => check.current?.abort(), []);

  const actions = useMemo<SaveFlowActions>(() => {
    const { reset, handleSubmit } = form;

    // sending → saved | failed. The cache is the mutation's business (useSaveConnection); what
    // the screen does about the outcome happens here.
    const send = () => {
      const { phase, original } = latest.current;
      if (phase.step !== 'sending') return;
      const { payload } = phase;
      mutate(
        { target, payload, original },
        {
          onSuccess: (result) => {
            dispatch({ type: 'sent', result });
            resetToSaved(form, toFormValues(asStored(payload), poolParameters));
            host.current.onSaved?.({ name: payload.name, id: payload.id ?? null });
            const after = afterSave.current;
            afterSave.current = null;
            after?.();
          },
          onError: (error) => {
            afterSave.current = null;
            dispatch({ type: 'send-failed', error });
          },
        },
      );
    };

    // checking → sending | conflict | gone | check-failed
    const startCheck = () => {
      check.current?.abort();
      const controller = new AbortController();
      check.current = controller;
      const { original: baseline, phase } = latest.current;
      const name = phase.step === 'checking' ? phase.payload.name : baseline.name;
      // A new connection has no server copy to compare with; a new name (added or renamed) is
      // asked about once more right before sending: someone may have taken it meanwhile.
      const newName = target === 'add' || !sameConnectionName(name, baseline.name);
      const conflict: Promise<ConflictCheck> =
        target === 'update' ? checkForConflict(client, baseline, controller.signal) : Promise.resolve({ kind: 'unchanged' });
      const checking: Promise<PreSendCheck> = conflict.then(async (result) => {
        if (result.kind !== 'unchanged' || !newName) return result;
        return (await checkConnectionExists(client, name, controller.signal)) ? { kind: 'name-taken', name } : result;
      });
      checking.then(
        (result) => {
          if (check.current !== controller) return;
          check.current = null;
          if (!dispatch({ type: 'checked', result })) return;
          if (result.kind === 'unchanged') send();
          if (result.kind === 'name-taken') {
            nameClash.markTaken(result.name);
            form.setError('name', { type: 'clash', message: validationMessage('name.taken', { name: result.name }) }, { shouldFocus: true });
          }
        },
        (error: unknown) => {
          // Superseded or abandoned ("Back"): nobody waits for this answer.
          if (check.current !== controller || (isDataforError(error) && error.kind === 'aborted')) return;
          check.current = null;
          dispatch({ type: 'check-failed', error });
        },
      );
    };

    // Save pressed (the button, Enter in a field, Ctrl+S, "Save and leave").
    const save = () => {
      if (host.current.readOnly) {
        afterSave.current = null;
        return;
      }
      // Nothing to send: say so, whatever the state of validation of untouched values. A
      // connection still to be added always has something to send: itself.
      if (target === 'update' && !unsaved.get()) {
        dispatch({ type: 'nothing-to-save' });
        const after = afterSave.current;
        afterSave.current = null;
        after?.();
        return;
      }
      void handleSubmit(
        (values) => {
          if (!dispatch({ type: 'save', payload: toPayload(values, latest.current.original) })) afterSave.current = null;
        },
        () => {
          afterSave.current = null;
          dispatch({ type: 'blocked' });
        },
      )();
    };

    return {
      submit: (event) => {
        // The editor may sit inside a host page's own <form>: its submit must stay ours.
        event.stopPropagation();
        event.preventDefault();
        afterSave.current = null;
        save();
      },
      saveThen: (after) => {
        afterSave.current = after;
        save();
      },
      confirm: () => {
        if (dispatch({ type: 'confirm' })) startCheck();
      },
      overwrite: () => {
        if (dispatch({ type: 'overwrite' })) send();
      },
      reload: () => {
        afterSave.current = null;
        const { phase } = latest.current;
        if (phase.step !== 'conflict' || !dispatch({ type: 'reload' })) return;
        rememberConnection(queryClient, phase.theirs);
        reset(toFormValues(asStored(phase.theirs), poolParameters));
      },
      back: () => {
        afterSave.current = null;
        check.current?.abort();
        check.current = null;
        dispatch({ type: 'back' });
      },
    };
  }, [client, dispatch, form, mutate, nameClash, poolParameters, queryClient, target, unsaved]);

  // The sign-in gate belongs to the client; while it holds this flow's check or send, say so.
  const signInOpen = useSyncExternalStore(client.signIn.subscribe, client.signIn.isWaiting);
  const { phase } = state;
  const view = useMemo<SaveFlowView>(
    () =>
      signInOpen && (phase.step === 'checking' || phase.step === 'sending')
        ? { step: 'signed-out-resume', resumes: phase.step, payload: phase.payload }
        : phase,
    [signInOpen, phase],
  );

  return { form, unsaved, optionEdits, state: view, original: state.original, forbidden: state.forbidden, actions, nameClash };
}
