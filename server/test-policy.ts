/**
 * What `PUT connection/test` may send to a database driver, decided before anything is dialled
 * (issue 15.1, 15.2). The rule: whenever a stored secret is used, every value that reaches the
 * driver is the stored one, except what the caller may edit. So:
 * - with Edit on the saved connection: the caller's settings, with the stored secrets for those
 *   sent empty (they could save these settings and test them anyway);
 * - with Read only: the saved connection exactly as stored (the values sent must equal it), or a
 *   connection wholly the caller's own (their own password; nothing stored is filled in), which
 *   needs the right to create connections, like any unsaved draft;
 * - a draft that matches no saved connection: only for those who may create connections.
 * A SYS_Reader can therefore test stored connections as they are, and reach no other host, port,
 * database or statement.
 */
import { isSecretAttribute, keepsStoredPassword } from '../src/connection/rules';
import { wireConnectionSchema, type WireConnection } from '../src/connection/wire';
import { decide, refusalMessage, type Caller, type ConnectionAcl } from './permissions';
import { SERVER_DECIDED_FIELDS, type ConnectionJson } from './stored-connection';

export interface SavedConnection {
  id: string;
  name: string;
  json: ConnectionJson;
  acl: ConnectionAcl;
  /** Read only when the plan uses them. */
  secrets(): { password: string | null; attributes: Record<string, string> };
}

export interface TestRequest {
  /** The body exactly as sent. */
  body: ConnectionJson;
  /** The body as parsed by the wire schema. */
  connection: WireConnection;
  /** How the caller named the connection in messages (never a stored name they cannot read). */
  label: string;
}

export type TestPlan =
  | { ok: true; connection: WireConnection; password: string }
  | { ok: false; status: 403; msg: string };

/** Keys that never reach a driver: identity, the secrets (compared apart) and server-decided fields. */
const NOT_DRIVER_SETTINGS = new Set(['id', 'name', 'password', 'changed', 'accessTypeValue', ...SERVER_DECIDED_FIELDS]);

/** Empty strings, nulls, absences and empty maps all mean "not set". */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object') return value;
  const entries = Object.keys(value)
    .sort()
    .map((key) => [key, canonical((value as Record<string, unknown>)[key])] as const)
    .filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** The settings of a connection that reach a driver, in one comparable text. */
export function driverSettings(json: ConnectionJson): string {
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (!NOT_DRIVER_SETTINGS.has(key)) picked[key] = value;
  }
  const type = json.databaseType as { shortName?: unknown } | undefined;
  picked.databaseType = typeof type?.shortName === 'string' ? type.shortName.toUpperCase() : type;
  const attributes = json.attributes;
  if (attributes && typeof attributes === 'object' && !Array.isArray(attributes)) {
    picked.attributes = Object.fromEntries(Object.entries(attributes).filter(([key]) => !isSecretAttribute(key)));
  }
  return JSON.stringify(canonical(picked)) ?? '';
}

function typedSecretAttributes(connection: WireConnection): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const [key, value] of Object.entries(connection.attributes ?? {})) {
    if (isSecretAttribute(key) && typeof value === 'string' && !keepsStoredPassword(value)) typed[key] = value;
  }
  return typed;
}

/** The connection with these secret attributes in place of whatever it carried. */
function withSecretAttributes(connection: WireConnection, secrets: Record<string, string>): WireConnection {
  if (!connection.attributes && Object.keys(secrets).length === 0) return connection;
  const attributes = Object.fromEntries(Object.entries(connection.attributes ?? {}).filter(([key]) => !isSecretAttribute(key)));
  return { ...connection, attributes: { ...attributes, ...secrets } };
}

function ownPassword(connection: WireConnection): string {
  return keepsStoredPassword(connection.password) ? '' : (connection.password ?? '');
}

/** A test of the caller's own values only: nothing stored is filled in. */
function wholly(request: TestRequest): TestPlan {
  return { ok: true, connection: withSecretAttributes(request.connection, typedSecretAttributes(request.connection)), password: ownPassword(request.connection) };
}

export function planConnectionTest(caller: Caller, request: TestRequest, saved: SavedConnection | undefined): TestPlan {
  const refuse = (msg: string): TestPlan => ({ ok: false, status: 403, msg });
  const mayCreate = decide(caller, null, 'create');
  if (!saved) {
    if (!mayCreate.allowed) return refuse(`${refusalMessage(mayCreate, caller, request.label)}; it may only test saved connections`);
    return wholly(request);
  }
  const read = decide(caller, saved.acl, 'read');
  if (!read.allowed) return refuse(refusalMessage(read, caller, request.label));
  const savedLabel = `"${saved.name}"`;

  const edit = decide(caller, saved.acl, 'edit');
  if (edit.allowed) {
    const stored = saved.secrets();
    const password = keepsStoredPassword(request.connection.password) ? (stored.password ?? '') : ownPassword(request.connection);
    const secrets = { ...stored.attributes, ...typedSecretAttributes(request.connection) };
    return { ok: true, connection: withSecretAttributes(request.connection, secrets), password };
  }

  const typesSecrets = !keepsStoredPassword(request.connection.password) || Object.keys(typedSecretAttributes(request.connection)).length > 0;
  if (!typesSecrets && driverSettings(request.body) === driverSettings(saved.json)) {
    // Exactly as stored: the stored values themselves go to the driver, not the (equal) body.
    const parsed = wireConnectionSchema.safeParse(saved.json);
    const stored = saved.secrets();
    const connection = parsed.success ? parsed.data : request.connection;
    return { ok: true, connection: withSecretAttributes(connection, stored.attributes), password: stored.password ?? '' };
  }
  const storedSecrets = saved.secrets();
  const usesStoredPassword = keepsStoredPassword(request.connection.password) && (storedSecrets.password ?? '') !== '';
  if (usesStoredPassword) {
    return refuse(`${refusalMessage(edit, caller, savedLabel)}: without Edit it can be tested only exactly as saved, with its stored password`);
  }
  if (!mayCreate.allowed) {
    return refuse(
      `${refusalMessage(mayCreate, caller, savedLabel)}: it may test connection ${savedLabel} only exactly as saved, with its stored password (leave the password empty)`,
    );
  }
  return wholly(request);
}
