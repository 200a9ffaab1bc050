/**
 * Reading connections: `list`, `get`, `checkexists`, and the reference endpoints
 * (`poolingParameters`, `roles/types`). Passwords and secret attributes are never stored in
 * the JSON these answers are made of, so none can leak through them.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { POOL_PARAMETERS } from '../../src/connection/pool';
import { PERMISSION, USER_TYPES } from '../../src/connection/wire';
import { API_PREFIX, failed, NOT_SIGNED_IN, queryFlag, queryValue, succeeded } from '../envelope';
import {
  ALL_PERMISSION_CODES,
  decide,
  effectiveCodes,
  quoted,
  refusalMessage,
  type Caller,
  type ConnectionAcl,
  type PermissionCode,
} from '../permissions';
import type { DataforStore } from '../store';
import type { DataforPlugin } from './context';

const gzipAsync = promisify(gzip);

const DEFAULT_LIST_PERMISSIONS: readonly PermissionCode[] = [PERMISSION.read, PERMISSION.edit, PERMISSION.delete, PERMISSION.full];

function parsePermissionFilter(value: string | undefined): readonly PermissionCode[] {
  const codes = (value ?? '')
    .split(/[|,\s]+/)
    .filter((c): c is PermissionCode => (ALL_PERMISSION_CODES as readonly string[]).includes(c));
  return codes.length > 0 ? codes : DEFAULT_LIST_PERMISSIONS;
}

/**
 * How an entry ends: `}` alone, or the access map of a set of codes and `}`, as bytes made once
 * per distinct set of codes.
 */
function entryEndings(includeAccessMap: boolean): (codes: Set<PermissionCode>) => Buffer {
  const plain = Buffer.from('}');
  const cache = new Map<string, Buffer>();
  return (codes) => {
    if (!includeAccessMap) return plain;
    const key = ALL_PERMISSION_CODES.map((code) => (codes.has(code) ? '1' : '0')).join('');
    let ending = cache.get(key);
    if (ending === undefined) {
      const accessMap = ALL_PERMISSION_CODES.map((code) => ({ name: code, value: String(codes.has(code)) }));
      ending = Buffer.from(`,"accessMap":${JSON.stringify(accessMap)}}`);
      cache.set(key, ending);
    }
    return ending;
  };
}

/** The caller's ACL entry on one connection, from grants read for the whole list at once. */
function aclFrom(caller: Caller, grants: Map<string, string[]> | undefined, connectionId: string): ConnectionAcl {
  return { [caller.username]: grants?.get(connectionId) ?? [] };
}

const COMMA = Buffer.from(',');

/**
 * `list` made of the entries kept at write time: one query for the connections, one for the
 * caller's grants, and the stored bytes concatenated, with nothing parsed, decoded or
 * serialised per connection (issue 16: 10 000 connections within 150 ms).
 */
function listBody(store: DataforStore, caller: Caller, query: unknown): Buffer {
  const includeInfo = queryFlag(query, 'includeInfo', true);
  const wanted = parsePermissionFilter(queryValue(query, 'permissions'));
  const grants = caller.userType === 'Administrator' ? undefined : store.grantsOf(caller.username);
  const ending = entryEndings(queryFlag(query, 'includeAccessMap', false));
  const parts: Buffer[] = [Buffer.from('{"success":true,"databaseConnections":[')];
  const rows: readonly { id: string; name: string; listJson?: Buffer }[] = includeInfo ? store.listedConnections() : store.listedNames();
  for (const row of rows) {
    const codes = effectiveCodes(caller, aclFrom(caller, grants, row.id));
    if (!codes.has(PERMISSION.read) || !wanted.some((code) => codes.has(code))) continue;
    if (parts.length > 1) parts.push(COMMA);
    // An entry is a JSON object: everything but its closing brace, then the ending.
    parts.push(row.listJson ? row.listJson.subarray(0, row.listJson.length - 1) : Buffer.from(`{"name":${JSON.stringify(row.name)}`));
    parts.push(ending(codes));
  }
  parts.push(Buffer.from(']}'));
  return Buffer.concat(parts);
}

/** How many `list` answers are kept: a few callers' worth, each as big as the whole list. */
const LIST_BODY_CACHE_SIZE = 4;

/**
 * From this size a `list` answer goes gzipped to a client that accepts it: 10,000 connections
 * are 12 MB of JSON and about a tenth of that compressed. Small answers are not worth it.
 */
const GZIP_FROM_BYTES = 64 * 1024;

/** One kept `list` answer: its bytes, and the gzipped bytes made the first time they are asked for. */
interface ListAnswer {
  body: Buffer;
  gzipped(): Promise<Buffer>;
}

function listAnswer(body: Buffer): ListAnswer {
  let gzipped: Promise<Buffer> | undefined;
  // Level 1: a few times faster than the default for most of its saving on this repetitive JSON.
  return { body, gzipped: () => (gzipped ??= gzipAsync(body, { level: 1 })) };
}

/** Whether `Accept-Encoding` takes gzip (`gzip`, `*`, with any q but 0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding = '', ...parameters] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * `list` answers as sent, by caller and query, dated with the store's list version: a repeated
 * `list` (every page load) costs a lookup instead of concatenating thousands of entries. The
 * caller's name and user type are in the key because the entries and access maps are theirs.
 */
function listAnswerCache(store: DataforStore): (caller: Caller, query: unknown) => ListAnswer {
  const answers = new Map<string, { version: string; answer: ListAnswer }>();
  return (caller, query) => {
    const key = JSON.stringify([
      caller.username,
      caller.userType,
      queryFlag(query, 'includeInfo', true),
      queryFlag(query, 'includeAccessMap', false),
      parsePermissionFilter(queryValue(query, 'permissions')),
    ]);
    const version = store.listVersion();
    const cached = answers.get(key);
    if (cached?.version === version) return cached.answer;
    const answer = listAnswer(listBody(store, caller, query));
    answers.delete(key);
    for (const [otherKey, other] of answers) {
      if (other.version !== version || answers.size >= LIST_BODY_CACHE_SIZE) answers.delete(otherKey);
    }
    answers.set(key, { version, answer });
    return answer;
  };
}

export const connectionsReadPlugin: DataforPlugin = async (app, { context }) => {
  const { store } = context;
  const cachedList = listAnswerCache(store);

  app.get(`${API_PREFIX}/roles/types`, async (request) => {
    if (!request.caller) return failed('401', NOT_SIGNED_IN);
    return succeeded({ data: [...USER_TYPES] });
  });

  app.get(`${API_PREFIX}/connection/poolingParameters`, async (request) => {
    if (!request.caller) return failed('401', NOT_SIGNED_IN);
    return {
      databaseConnectionPoolParameters: POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({
        parameter,
        defaultValue,
        description,
      })),
    };
  });

  app.get(`${API_PREFIX}/connection/list`, async (request, reply) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    const { body, gzipped } = cachedList(caller, request.query);
    reply.type('application/json; charset=utf-8').header('vary', 'Accept-Encoding');
    if (body.length < GZIP_FROM_BYTES || !acceptsGzip(request.headers['accept-encoding'])) return reply.send(body);
    return reply.header('content-encoding', 'gzip').send(await gzipped());
  });

  app.get(`${API_PREFIX}/connection/get`, { config: { errorStyle: 'status' } }, async (request, reply) => {
    const caller = request.caller;
    if (!caller) return reply.code(401).send({ success: false, msg: NOT_SIGNED_IN });
    const name = queryValue(request.query, 'name');
    if (!name) return reply.code(400).send({ success: false, msg: 'the query parameter "name" is required' });
    const connection = store.connectionByName(name);
    // 404 and 403 as the contract fixes them: the caller learns that the name exists, nothing of the connection.
    if (!connection) return reply.code(404).send({ success: false, msg: `connection not found: "${name}"` });
    const decision = decide(caller, store.aclFor(connection.id, caller.username), 'read');
    if (!decision.allowed) return reply.code(403).send({ success: false, msg: refusalMessage(decision, caller, quoted(name)) });
    return { ...connection.json, id: connection.id, name: connection.name, password: null };
  });

  // True only for a connection the caller can read (contract), by the same case-insensitive
  // comparison that refuses a clashing name on add and rename.
  app.get(`${API_PREFIX}/connection/checkexists`, async (request) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    const name = queryValue(request.query, 'name') ?? '';
    const exists =
      name !== '' && store.connectionsNamedAlike(name).some((c) => decide(caller, store.aclFor(c.id, caller.username), 'read').allowed);
    return { success: true, exists };
  });
};
