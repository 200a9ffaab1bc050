/**
 * Server state for connections: plain fetchers that take the editor's API client, query keys
 * in one place, query option factories bound to a client, and the mutation hooks that own
 * cache writes. Screens decide what to show on success or failure.
 */
import { useMemo } from 'react';
import { queryOptions, useMutation, useQueryClient, type QueryClient, type UseMutationResult } from '@tanstack/react-query';
import * as z from 'zod/mini';
import {
  accessMapEntrySchema,
  envelopeSchema,
  PERMISSION,
  poolParametersResponseSchema,
  testResultSchema,
  wireConnectionSchema,
  type PoolParameterInfo,
  type WireConnection,
} from '../connection/wire';
import { withoutTypedSecrets } from '../connection/convert';
import { useApiClient } from './ApiClientProvider';
import { DataforError, type ApiClient } from './client';
import { CONNECTION_API, GET_PATH, LIST_PATH, LIST_QUERY, POOL_PARAMETERS_PATH } from './endpoints';
import { isListEntry } from './list-entries';
import { parseListAnswer } from './list-parser';

export { isListEntry } from './list-entries';

const CHECK_EXISTS_PATH = `${CONNECTION_API}/checkexists`;
const DELETE_PATH = `${CONNECTION_API}/deletebyname`;
export const SAVE_TIMEOUT_MS = 20_000;
export const TEST_TIMEOUT_MS = 30_000;

const optionalText = z.optional(z.nullable(z.string()));

/**
 * What the page reads of a `list` entry. Each entry is a whole connection, but the list is
 * never sent back (the editor loads one with `get`), so `z.object` drops the rest while
 * parsing: copying every entry's unknown keys, as the loose wire schema does, was most of the
 * time it took to read 10,000 connections, and kept them all in memory.
 */
export const listEntrySchema = z.object({
  name: z.string(),
  id: optionalText,
  databaseType: z.optional(z.nullable(z.object({ name: optionalText, shortName: optionalText }))),
  hostname: optionalText,
  databaseName: optionalText,
  accessMap: z.optional(z.array(accessMapEntrySchema)),
});
export type ListEntry = z.input<typeof listEntrySchema>;

const listSchema = z.object({ success: z.literal(true), databaseConnections: z.array(listEntrySchema) });
/**
 * What the request checks: the envelope only. The entries are then checked by `isListEntry`,
 * the same rules as `listEntrySchema` by hand: zod took ~100-300 ms over 10,000 entries, on the
 * main thread the form is waiting for (issue 16). A body that breaks them is run through the
 * schema to say where.
 */
const listEnvelopeSchema = z.object({ success: z.literal(true), databaseConnections: z.array(z.unknown()) });

function listEntriesOf(body: z.infer<typeof listEnvelopeSchema>): ListEntry[] {
  const entries = body.databaseConnections;
  if (entries.every(isListEntry)) return entries;
  const parsed = listSchema.safeParse(body);
  throw new DataforError('invalid-response', {
    detail: parsed.success
      ? 'databaseConnections: unexpected entry'
      : parsed.error.issues
          .slice(0, 10)
          .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
          .join('\n'),
  });
}

/** Sorting 10,000 names with one collator is several times faster than `localeCompare` each time. */
const nameCollator = new Intl.Collator();

/** A list entry reduced to what the page needs, with the caller's rights spelled out. */
export interface ListedConnectionView {
  name: string;
  id: string | null;
  typeName: string;
  shortName: string;
  /** Searched as well as name and type (an empty string when the server sends none). */
  hostname: string;
  databaseName: string;
  canRead: boolean;
  canEdit: boolean;
  /** accessMap grants Delete (code 2) or Full control; the user type is judged by the page. */
  canDelete: boolean;
}

export function toListedConnectionView(entry: ListEntry): ListedConnectionView {
  let read = false;
  let edit = false;
  let del = false;
  let full = false;
  for (const { name, value } of entry.accessMap ?? []) {
    if (value !== 'true') continue;
    if (name === PERMISSION.read) read = true;
    else if (name === PERMISSION.edit) edit = true;
    else if (name === PERMISSION.delete) del = true;
    else if (name === PERMISSION.full) full = true;
  }
  // Without an access map (older servers) the server is the only judge: offer editing and
  // let a CONNECTION_WRITE_FORBIDDEN answer switch the form to read-only.
  const known = entry.accessMap !== undefined;
  return {
    name: entry.name,
    id: entry.id ?? null,
    typeName: entry.databaseType?.name ?? '',
    shortName: entry.databaseType?.shortName ?? '',
    hostname: entry.hostname ?? '',
    databaseName: entry.databaseName ?? '',
    canRead: !known || full || read || edit,
    canEdit: !known || full || edit,
    canDelete: !known || full || del,
  };
}

export function fetchConnectionList(client: ApiClient, signal?: AbortSignal): Promise<ListedConnectionView[]> {
  return client.request(LIST_PATH, {
    query: LIST_QUERY,
    schema: listEnvelopeSchema,
    envelope: true,
    signal,
    parseJson: parseListAnswer,
  }).then((body) =>
    listEntriesOf(body)
      .map(toListedConnectionView)
      .filter((c) => c.canRead)
      .sort((a, b) => nameCollator.compare(a.name, b.name)),
  );
}

/** Reads one connection fresh from the server (also used to detect a concurrent change). */
export function fetchConnection(client: ApiClient, name: string, signal?: AbortSignal): Promise<WireConnection> {
  // `get` answers the bare connection; `envelope` only turns a `success:false` body into an error.
  return client.request(GET_PATH, {
    query: { name },
    schema: wireConnectionSchema,
    envelope: true,
    signal,
  });
}

export function fetchPoolParameters(client: ApiClient, signal?: AbortSignal): Promise<PoolParameterInfo[]> {
  return client.request(POOL_PARAMETERS_PATH, {
    schema: poolParametersResponseSchema,
    signal,
  }).then((body) => body.databaseConnectionPoolParameters);
}

const existsSchema = z.looseObject({ success: z.literal(true), exists: z.boolean() });

/**
 * Whether a connection of this name exists, compared as the server compares names (ignoring
 * case on the local API). `false` also when it exists but the caller may not read it (contract).
 */
export function checkConnectionExists(client: ApiClient, name: string, signal?: AbortSignal): Promise<boolean> {
  return client.request(CHECK_EXISTS_PATH, { query: { name }, schema: existsSchema, envelope: true, signal }).then((body) => body.exists);
}

/** Query keys, in one place. The cache belongs to one mounted editor, so keys need no server. */
export const connectionKeys = {
  all: ['connections'] as const,
  list: () => [...connectionKeys.all, 'list'] as const,
  details: () => [...connectionKeys.all, 'detail'] as const,
  detail: (name: string) => [...connectionKeys.details(), name] as const,
  poolParameters: () => [...connectionKeys.all, 'poolParameters'] as const,
};

/**
 * Query options for one editor's client: the same objects feed useQuery and prefetchQuery.
 * The client is not part of the keys: each mounted editor has its own QueryClient and its own
 * ApiClient, created together (AppProviders), so one cache never holds two servers' answers.
 */
/* eslint-disable @tanstack/query/exhaustive-deps -- see above: the cache is per client */
export function connectionQueries(client: ApiClient) {
  return {
    list: () =>
      queryOptions({
        queryKey: connectionKeys.list(),
        queryFn: ({ signal }) => fetchConnectionList(client, signal),
        // The page prefetches the list before its first render; mounting right after must take
        // that answer rather than ask again.
        staleTime: 10_000,
      }),
    detail: (name: string) =>
      queryOptions({
        queryKey: connectionKeys.detail(name),
        queryFn: ({ signal }) => fetchConnection(client, name, signal),
        // The form is built from this once; refetching under it would only confuse the baseline.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
      }),
    poolParameters: () =>
      queryOptions({
        queryKey: connectionKeys.poolParameters(),
        queryFn: ({ signal }) => fetchPoolParameters(client, signal),
        staleTime: Infinity,
      }),
  };
}

/* eslint-enable @tanstack/query/exhaustive-deps */

export type ConnectionQueries = ReturnType<typeof connectionQueries>;

/** The query options of the editor's own client. */
export function useConnectionQueries(): ConnectionQueries {
  const client = useApiClient();
  return useMemo(() => connectionQueries(client), [client]);
}

/**
 * Where a save goes: `update` replaces the stored connection (matched by its id); `add` creates
 * one (issue 11: new and duplicate connections take the same save flow with this target).
 */
export type SaveTarget = 'update' | 'add';

const SAVE_PATHS: Record<SaveTarget, string> = {
  update: `${CONNECTION_API}/update`,
  add: `${CONNECTION_API}/add`,
};

export interface SaveVariables {
  target: SaveTarget;
  /** `toPayload(form, original)`: exactly what the user reviewed. */
  payload: WireConnection;
  /**
   * The baseline the payload was built from: the cache keeps a secret attribute of the payload
   * only where this one had it (convert.ts withoutTypedSecrets); without it, none.
   */
  original?: WireConnection;
}

export interface SaveResult {
  msg: string | null;
}

export function saveConnection(client: ApiClient, { target, payload }: SaveVariables): Promise<SaveResult> {
  return client.request(SAVE_PATHS[target], {
    method: 'POST',
    body: payload,
    schema: envelopeSchema,
    envelope: true,
    timeoutMs: SAVE_TIMEOUT_MS,
  }).then((body) => ({ msg: body.msg ?? null }));
}

/** A connection as the cache may hold it: the password withheld, whatever the caller passed. */
export function asStored(connection: WireConnection): WireConnection {
  return { ...connection, password: null };
}

/**
 * Makes `connection` the cached detail under its name, e.g. the server's copy after "Reload
 * their version", so opening the connection again starts from it and not from an older read.
 */
export function rememberConnection(queryClient: QueryClient, connection: WireConnection): void {
  const stored = asStored(connection);
  queryClient.setQueryData(connectionKeys.detail(stored.name), stored);
}

/**
 * Saves a connection and owns what that means for the cache: the saved payload (password
 * withheld) becomes the cached detail under its possibly new name, so a rename re-opens
 * nothing, and the list is fetched again (without holding the save's outcome back). Screens add their own effects in `mutate`'s callbacks.
 */
export function useSaveConnection(): UseMutationResult<SaveResult, DataforError, SaveVariables> {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation<SaveResult, DataforError, SaveVariables>({
    mutationFn: (variables) => saveConnection(client, variables),
    onSuccess: async (_result, { target, payload: sent, original }) => {
      if (target === 'add') {
        // Only the server knows the new connection's id: read it back, so the editor that opens
        // it next edits it (update by id) without a loading step. A failed read just loads later.
        await queryClient.invalidateQueries({ queryKey: connectionKeys.list() });
        await queryClient.prefetchQuery(connectionQueries(client).detail(sent.name));
        return;
      }
      const payload = withoutTypedSecrets(sent, original ?? { ...sent, attributes: null });
      const listed = queryClient.getQueryData<ListedConnectionView[]>(connectionKeys.list());
      const previousName = payload.id ? listed?.find((c) => c.id === payload.id)?.name : undefined;
      if (previousName !== undefined && previousName !== payload.name) {
        // Renamed: the old name no longer exists. Marked stale, not refetched: the page still
        // shows the form under that name until it follows the new one.
        void queryClient.invalidateQueries({ queryKey: connectionKeys.detail(previousName), refetchType: 'none' });
      }
      rememberConnection(queryClient, payload);
      // Read again, not waited for: the save is done, and with thousands of connections the list
      // takes a second to arrive. "Connection saved" does not wait for it; the list follows.
      void queryClient.invalidateQueries({ queryKey: connectionKeys.list() });
    },
  });
}

export function deleteConnection(client: ApiClient, name: string): Promise<SaveResult> {
  return client.request(DELETE_PATH, {
    method: 'DELETE',
    query: { name },
    schema: envelopeSchema,
    envelope: true,
    timeoutMs: SAVE_TIMEOUT_MS,
  }).then((body) => ({ msg: body.msg ?? null }));
}

/**
 * Deletes a connection by name and owns what that means for the cache: the connection leaves
 * the list at once and its detail is forgotten; the list is then fetched again. A failure
 * changes nothing in the cache, so the list stays as it was.
 */
export function useDeleteConnection(): UseMutationResult<SaveResult, DataforError, string> {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation<SaveResult, DataforError, string>({
    mutationFn: (name) => deleteConnection(client, name),
    onSuccess: async (_result, name) => {
      queryClient.setQueryData<ListedConnectionView[]>(connectionKeys.list(), (listed) => listed?.filter((c) => c.name !== name));
      queryClient.removeQueries({ queryKey: connectionKeys.detail(name), exact: true });
      await queryClient.invalidateQueries({ queryKey: connectionKeys.list() });
    },
  });
}

export interface TestConnectionResult {
  success: boolean;
  msg: string | null;
  elapsedMs: number;
}

export interface TestConnectionVariables {
  payload: WireConnection;
  signal?: AbortSignal;
}

export async function testConnection(client: ApiClient, { payload, signal }: TestConnectionVariables): Promise<TestConnectionResult> {
  const started = performance.now();
  // `success:false` on HTTP 200 is a real answer here (unreachable, login rejected), not an error.
  const body = await client.request(`${CONNECTION_API}/test`, {
    method: 'PUT',
    body: payload,
    schema: testResultSchema,
    timeoutMs: TEST_TIMEOUT_MS,
    signal,
  });
  return { success: body.success, msg: body.msg ?? null, elapsedMs: Math.round(performance.now() - started) };
}

export function useTestConnection(): UseMutationResult<TestConnectionResult, DataforError, TestConnectionVariables> {
  const client = useApiClient();
  return useMutation<TestConnectionResult, DataforError, TestConnectionVariables>({
    mutationFn: (variables) => testConnection(client, variables),
  });
}
