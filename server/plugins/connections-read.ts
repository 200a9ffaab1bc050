/**
 * Reading connections: `list`, `get`, `checkexists`, and the reference endpoints
 * (`poolingParameters`, `roles/types`). Passwords and secret attributes are never stored in
 * the JSON these answers are made of, so none can leak through them.
 */
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
 * `list` answers as sent, by caller and query, dated with the store's list version: a repeated
 * `list` (every page load) costs a lookup instead of concatenating thousands of entries. The
 * caller's name and user type are in the key because the entries and access maps are theirs.
 */
function listBodyCache(store: DataforStore): (caller: Caller, query: unknown) => Buffer {
  const bodies = new Map<string, { version: string; body: Buffer }>();
  return (caller, query) => {
    const key = JSON.stringify([
      caller.username,
      caller.userType,
      queryFlag(query, 'includeInfo', true),
      queryFlag(query, 'includeAccessMap', false),
      parsePermissionFilter(queryValue(query, 'permissions')),
    ]);
    const version = store.listVersion();
    const cached = bodies.get(key);
    if (cached?.version === version) return cached.body;
    const body = listBody(store, caller, query);
    bodies.delete(key);
    for (const [otherKey, other] of bodies) {
      if (other.version !== version || bodies.size >= LIST_BODY_CACHE_SIZE) bodies.delete(otherKey);
    }
    bodies.set(key, { version, body });
    return body;
  };
}

export const connectionsReadPlugin: DataforPlugin = async (app, { context }) => {
  const { store } = context;
  const cachedListBody = listBodyCache(store);

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
    return reply.type('application/json; charset=utf-8').send(cachedListBody(caller, request.query));
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
