/**
 * Server state for connections: query option factories (one place for keys) and the mutation
 * hooks that own cache invalidation. Screens decide what to show on success or failure.
 */
import { queryOptions, useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
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
import { primeGet, requestJson, type DataforError } from './http';

const CONNECTION_API = '/plugin/datafor-modeler/api/connection';
const LIST_PATH = `${CONNECTION_API}/list`;
const LIST_QUERY = { includeAccessMap: true };
const GET_PATH = `${CONNECTION_API}/get`;
const POOL_PARAMETERS_PATH = `${CONNECTION_API}/poolingParameters`;
export const UPDATE_TIMEOUT_MS = 20_000;
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
}

export function toListedConnectionView(entry: ListEntry): ListedConnectionView {
  const granted = new Set((entry.accessMap ?? []).filter((a) => a.value === 'true').map((a) => a.name));
  // Without an access map (older servers) the server is the only judge: offer editing and
  // let a CONNECTION_WRITE_FORBIDDEN answer switch the form to read-only.
  const known = entry.accessMap !== undefined;
  const full = granted.has(PERMISSION.full);
  return {
    name: entry.name,
    id: entry.id ?? null,
    typeName: entry.databaseType?.name ?? '',
    shortName: entry.databaseType?.shortName ?? '',
    hostname: entry.hostname ?? '',
    databaseName: entry.databaseName ?? '',
    canRead: !known || full || granted.has(PERMISSION.read) || granted.has(PERMISSION.edit),
    canEdit: !known || full || granted.has(PERMISSION.edit),
  };
}

export function fetchConnectionList(signal?: AbortSignal): Promise<ListedConnectionView[]> {
  return requestJson(LIST_PATH, {
    query: LIST_QUERY,
    schema: listSchema,
    envelope: true,
    signal,
  }).then((body) =>
    body.databaseConnections
      .map(toListedConnectionView)
      .filter((c) => c.canRead)
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
}

/** Reads one connection fresh from the server (also used to detect a concurrent change). */
export function fetchConnection(name: string, signal?: AbortSignal): Promise<WireConnection> {
  // `get` answers the bare connection; `envelope` only turns a `success:false` body into an error.
  return requestJson(GET_PATH, {
    query: { name },
    schema: wireConnectionSchema,
    envelope: true,
    signal,
  });
}

export function fetchPoolParameters(signal?: AbortSignal): Promise<PoolParameterInfo[]> {
  return requestJson(POOL_PARAMETERS_PATH, {
    schema: poolParametersResponseSchema,
    signal,
  }).then((body) => body.databaseConnectionPoolParameters);
}

/**
 * Starts the standalone page's first three calls before React renders anything (main.tsx):
 * the list (for the rights) and, when the URL names a connection, it and the pool parameters.
 * The queries below then take these answers instead of asking again.
 */
export function primeConnectionPageRequests(openName: string | null): void {
  primeGet(LIST_PATH, LIST_QUERY);
  if (openName === null) return;
  primeGet(POOL_PARAMETERS_PATH);
  primeGet(GET_PATH, { name: openName });
}

export const connectionQueries = {
  all: ['connections'] as const,
  list: () =>
    queryOptions({
      queryKey: [...connectionQueries.all, 'list'] as const,
      queryFn: ({ signal }) => fetchConnectionList(signal),
    }),
  details: () => [...connectionQueries.all, 'detail'] as const,
  detail: (name: string) =>
    queryOptions({
      queryKey: [...connectionQueries.details(), name] as const,
      queryFn: ({ signal }) => fetchConnection(name, signal),
      // The form is built from this once; refetching under it would only confuse the baseline.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
  poolParameters: () =>
    queryOptions({
      queryKey: [...connectionQueries.all, 'poolParameters'] as const,
      queryFn: ({ signal }) => fetchPoolParameters(signal),
      staleTime: Infinity,
    }),
};

export interface UpdateResult {
  msg: string | null;
}

export function updateConnection(payload: WireConnection): Promise<UpdateResult> {
  return requestJson(`${CONNECTION_API}/update`, {
    method: 'POST',
    body: payload,
    schema: envelopeSchema,
    envelope: true,
    timeoutMs: UPDATE_TIMEOUT_MS,
  }).then((body) => ({ msg: body.msg ?? null }));
}

export function useUpdateConnection(): UseMutationResult<UpdateResult, DataforError, WireConnection> {
  const queryClient = useQueryClient();
  return useMutation<UpdateResult, DataforError, WireConnection>({
    mutationFn: updateConnection,
    onSuccess: async (_result, payload) => {
      const listed = queryClient.getQueryData(connectionQueries.list().queryKey);
      const previousName = payload.id ? listed?.find((c) => c.id === payload.id)?.name : undefined;
      // Details are marked stale but not refetched now: after a rename the old name no longer
      // exists, and the open form already holds what was saved.
      const names = new Set([payload.name, previousName].filter((n): n is string => !!n));
      for (const name of names) {
        void queryClient.invalidateQueries({ queryKey: connectionQueries.detail(name).queryKey, refetchType: 'none' });
      }
      await queryClient.invalidateQueries({ queryKey: connectionQueries.list().queryKey });
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

export async function testConnection({ payload, signal }: TestConnectionVariables): Promise<TestConnectionResult> {
  const started = performance.now();
  // `success:false` on HTTP 200 is a real answer here (unreachable, login rejected), not an error.
  const body = await requestJson(`${CONNECTION_API}/test`, {
    method: 'PUT',
    body: payload,
    schema: testResultSchema,
    timeoutMs: TEST_TIMEOUT_MS,
    signal,
  });
  return { success: body.success, msg: body.msg ?? null, elapsedMs: Math.round(performance.now() - started) };
}

export function useTestConnection(): UseMutationResult<TestConnectionResult, DataforError, TestConnectionVariables> {
  return useMutation<TestConnectionResult, DataforError, TestConnectionVariables>({ mutationFn: testConnection });
}
