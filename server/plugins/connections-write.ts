/**
 * Changing connections: `add`, `update` and `deletebyname`, with Datafor's rules: creators and
 * administrators only, Edit to update, Delete to delete, names unique ignoring case (rules.ts),
 * the body replacing the stored settings, and "keep the stored password" for empty ones.
 *
 * A caller who cannot read a connection learns no more about it than the contract forces: that
 * a name is taken (a clash must be refused), in the caller's own spelling; never its stored
 * name, id or settings.
 */
import { randomUUID } from 'node:crypto';
import { keepsStoredPassword } from '../../src/connection/rules';
import { PERMISSION } from '../../src/connection/wire';
import { parseConnectionBody, type ParsedConnection } from '../connection-body';
import { API_PREFIX, failed, NOT_SIGNED_IN, queryValue, succeeded, type Envelope } from '../envelope';
import { decide, deleteMissingRefusal, quoted, refusalMessage, type Caller } from '../permissions';
import type { DataforStore, StoredConnection } from '../store';
import type { DataforPlugin } from './context';

function mayRead(store: DataforStore, caller: Caller, connection: StoredConnection): boolean {
  return decide(caller, store.aclFor(connection.id, caller.username), 'read').allowed;
}

/** Why `name` cannot be used because of `clash`, in words that disclose only what the caller may read. */
function nameTaken(store: DataforStore, caller: Caller, clash: StoredConnection, name: string): string {
  return mayRead(store, caller, clash)
    ? `a connection named "${clash.name}" already exists`
    : `the name "${name}" is not available: choose another name`;
}

function addConnection(store: DataforStore, caller: Caller, { body, name }: ParsedConnection): Envelope {
  const [clash] = store.connectionsNamedAlike(name);
  if (clash) return failed('500', nameTaken(store, caller, clash, name));
  const id = randomUUID();
  const password = keepsStoredPassword(body.password) ? null : (body.password as string);
  // The new connection's ACL gives the caller Full control and nobody else access (contract).
  store.insertConnection({ id, name, json: { ...body, id, name } }, password, { [caller.username]: [PERMISSION.full] });
  return succeeded();
}

function updateConnection(store: DataforStore, caller: Caller, { body, name }: ParsedConnection): Envelope {
  const id = typeof body.id === 'string' && body.id !== '' ? body.id : undefined;
  const target = id ? store.connectionById(id) : store.connectionByName(name);
  if (!target) {
    return failed('500', id ? `connection not found: no connection has the id "${id}"` : `connection not found: "${name}"`);
  }
  const decision = decide(caller, store.aclFor(target.id, caller.username), 'edit');
  if (!decision.allowed) {
    const label = mayRead(store, caller, target) ? quoted(target.name) : id ? `with the id "${id}"` : quoted(name);
    return failed('500', refusalMessage(decision, caller, label));
  }
  if (name !== target.name) {
    const clash = store.connectionsNamedAlike(name).find((other) => other.id !== target.id);
    if (clash) return failed('500', `cannot rename "${target.name}" to "${name}": ${nameTaken(store, caller, clash, name)}`);
  }
  // The body replaces the stored settings; the password and the secret attributes keep theirs when sent empty.
  const newPassword = keepsStoredPassword(body.password) ? undefined : (body.password as string);
  store.replaceConnection({ id: target.id, name, json: body }, newPassword);
  return succeeded();
}

export const connectionsWritePlugin: DataforPlugin = async (app, { context }) => {
  const { store } = context;

  app.post(`${API_PREFIX}/connection/add`, async (request) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    const mayCreate = decide(caller, null, 'create');
    if (!mayCreate.allowed) return failed('500', refusalMessage(mayCreate, caller, ''));
    const parsed = parseConnectionBody(request, { purpose: 'add' });
    if (!parsed.ok) return failed('400', parsed.msg);
    return store.transaction(() => addConnection(store, caller, parsed));
  });

  app.post(`${API_PREFIX}/connection/update`, async (request) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    // A user type that cannot change connections is refused before its body is even read.
    const mayEdit = decide(caller, null, 'edit');
    if (!mayEdit.allowed) return failed('500', refusalMessage(mayEdit, caller, ''));
    const parsed = parseConnectionBody(request, { purpose: 'update' });
    if (!parsed.ok) return failed('400', parsed.msg);
    return store.transaction(() => updateConnection(store, caller, parsed));
  });

  app.delete(`${API_PREFIX}/connection/deletebyname`, async (request) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    const name = queryValue(request.query, 'name') ?? '';
    return store.transaction(() => {
      const connection = name ? store.connectionByName(name) : undefined;
      // Not found answers like forbidden, as Datafor does: no way to probe for names.
      const decision = connection ? decide(caller, store.aclFor(connection.id, caller.username), 'delete') : deleteMissingRefusal(caller);
      if (!decision.allowed) return failed('500', refusalMessage(decision, caller, quoted(name)));
      if (connection) store.deleteConnection(connection.id);
      return succeeded();
    });
  });
};
