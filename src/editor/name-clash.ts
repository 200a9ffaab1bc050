/**
 * "Is this name taken?", asked while the user types a name for a new, duplicated or renamed
 * connection (issue 11.4): after a short pause, against the list the page already loaded and
 * the server's `checkexists`, ignoring case as Pentaho repositories do. A clash is shown at the
 * name field and blocks Save (useSaveFlow's resolver asks `takenBy`); the save flow asks the
 * server once more right before sending.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { useApiClient } from '../api/ApiClientProvider';
import { checkConnectionExists, useConnectionQueries } from '../api/connections';
import type { ConnectionFormValues } from '../connection/form';
import { clashingName } from '../connection/new-connection';
import { connectionNameIssue, connectionNameKey, sameConnectionName } from '../connection/rules';
import { validationMessage } from '../connection/validation-messages';

/** Long enough not to ask the server at every keystroke, short enough to answer while the user looks. */
export const NAME_CHECK_PAUSE_MS = 400;

export interface NameClash {
  /** The name `name` clashes with, as far as is known; undefined when it is free (or not yet known). */
  takenBy(name: string): string | undefined;
  /** The server said this name is taken (e.g. right before sending). */
  markTaken(name: string): void;
}

interface NameClashStore extends NameClash {
  /** What the page knows now: the form's own stored name and the listed names. */
  follow(ownName: string | null, listedNames: readonly string[]): void;
}

function createStore(initialOwnName: string | null): NameClashStore {
  let ownName = initialOwnName;
  let listedNames: readonly string[] = [];
  // Names the server said are taken, by name key.
  const taken = new Set<string>();
  return {
    takenBy(name) {
      if (name.trim() === '' || (ownName !== null && sameConnectionName(name, ownName))) return undefined;
      return clashingName(name, listedNames, ownName) ?? (taken.has(connectionNameKey(name)) ? name : undefined);
    },
    markTaken(name) {
      taken.add(connectionNameKey(name));
    },
    follow(nextOwnName, nextListed) {
      ownName = nextOwnName;
      listedNames = nextListed;
    },
  };
}

/**
 * The clash knowledge of one form. `ownName` is the stored name the form edits (null for a
 * connection still to be added): it never clashes with itself, in any letter case.
 */
export function useNameClash(ownName: string | null): NameClash {
  const [store] = useState(() => createStore(ownName));
  const queries = useConnectionQueries();
  // The list as the page loaded it; never fetched for this (an embedded editor has no list).
  const { data: listed } = useQuery({ ...queries.list(), enabled: false });
  useEffect(() => {
    store.follow(ownName, (listed ?? []).map((c) => c.name));
  }, [store, ownName, listed]);
  return store;
}

/**
 * Follows the name field without re-rendering anything: after a pause in typing, marks a clash
 * at the field, or clears the mark when the name is free again.
 */
export function useNameClashWatch(form: UseFormReturn<ConnectionFormValues>, clash: NameClash): void {
  const client = useApiClient();
  useEffect(() => {
    const { subscribe, getValues, getFieldState, setError, clearErrors } = form;
    let last = getValues('name');
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asking: AbortController | undefined;
    const isClashMark = () => getFieldState('name').error?.type === 'clash';

    const show = (name: string) => {
      if (getValues('name') !== name) return;
      const other = clash.takenBy(name);
      if (other !== undefined) setError('name', { type: 'clash', message: validationMessage('name.taken', { name: other }) });
      else if (isClashMark()) clearErrors('name');
    };

    const check = (name: string) => {
      show(name);
      // Ask the server only about a name that could be saved and that the list does not settle.
      if (clash.takenBy(name) !== undefined || connectionNameIssue(name) !== undefined) return;
      asking = new AbortController();
      checkConnectionExists(client, name, asking.signal).then(
        (exists) => {
          if (exists) clash.markTaken(name);
          show(name);
        },
        // The check before sending, and the server itself, still refuse a taken name.
        () => undefined,
      );
    };

    // The name alone: following every field would make react-hook-form copy all the values on
    // each keystroke anywhere in the form (2,000 option rows of them; option-edits.ts).
    const unsubscribe = subscribe({
      name: 'name',
      exact: true,
      formState: { values: true },
      callback: ({ values }) => {
        const name = values.name ?? '';
        if (name === last) return;
        last = name;
        clearTimeout(timer);
        asking?.abort();
        // A mark about the previous name must not stay under a new one while the pause runs.
        if (isClashMark()) clearErrors('name');
        timer = setTimeout(() => check(name), NAME_CHECK_PAUSE_MS);
      },
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      asking?.abort();
    };
  }, [client, clash, form]);
}
