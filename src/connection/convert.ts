/**
 * THE one path between the wire model and the form model. Every rule about how Datafor
 * stores a connection lives here and nowhere else:
 *
 * - Port lives in three places (`databasePort`, `attributes.PORT_NUMBER`, top-level
 *   `PORT_NUMBER`); the form shows the first non-empty one ("-1" and "0" included: they are
 *   how Pentaho stores "no port") and an edited port is written to all three.
 * - `attributes` is the source of truth for `driverId`, `CUSTOM_URL`, `CUSTOM_DRIVER_CLASS`
 *   and `PORT_NUMBER`; the top-level keys of the same name are mirrors, written with them.
 * - The type: a server that did not name it (`databaseType` null — its driver is not installed
 *   there — or absent, or without a shortName) gives UNAVAILABLE_TYPE; the object goes back
 *   exactly as it came unless the user picks a type. A missing access type reads as NATIVE.
 * - `extraOptions` keys are `SHORTNAME.name`; the form shows the current type's options in
 *   `extraOptionsOrder` order without the prefix (an unnamed type's options by their whole
 *   stored keys). The order is written where the original kept one or the rows were moved.
 *   Options stored under another prefix than
 *   the original type's are not the user's to see here, so they go back untouched, after the
 *   rows, in their original relative order. After a type change the rows take the new
 *   prefix, and where a row's key equals an option already stored under that prefix, the
 *   row wins (it is what the user sees and will see on reload).
 * - Untouched options or pool rows go back byte for byte (null values, dangling order
 *   entries and all); only edited ones are rebuilt.
 * - `connectionPoolingProperties` holds exactly the switched-on pool parameters.
 * - The password is never shown; an empty one is sent as null, which keeps the stored one.
 *   The secret attributes (fields stored `as: 'secret'`) likewise: never read into the form,
 *   written only when typed; untouched, they go back as the server gave them.
 * - The SQL Server instance is the option `MSSQL.instance` whatever the type (Pentaho's
 *   setSQLServerInstance), mirrored in the top-level `SQLServerInstance` that `get` derives
 *   from it; it is never an option row.
 *
 * "Unchanged" always means: equal to what `toFormValues(original)` gives for that field.
 * An unchanged field goes back exactly as it came, mirrors included (null stays null, absent
 * stays absent, "-1" stays "-1", a `${VAR}` stays the variable): an untouched form sends the
 * original back unchanged but for the password, which is never sent back.
 *
 * The simple fields of the field table (fields.ts) are read and written from their wire
 * location there; everything above is written out below.
 */
import { resolveDatabaseType, serverShortName, type DatabaseTypeEntry } from './catalogue';
import { READABLE_ATTRIBUTE_FIELDS, SIMPLE_FIELDS, type SimpleField, type SimpleFieldKey, type WireLocation } from './fields';
import { isSecretAttribute } from './rules';
import { isBlankOptionRow, type ConnectionFormValues, type OptionRow, type PoolParameterRow } from './form';
import { DATAFOR_NEW_POOL_DEFAULTS, POOL_PARAMETERS } from './pool';
import { ACCESS_TYPES, type AccessType, type PoolParameterInfo, type WireConnection } from './wire';

type NullableStringMap = Record<string, string | null>;

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const text = (v: string | null | undefined): string => v ?? '';

export function optionKeyPrefix(shortName: string): string {
  // A type the server did not name has no prefix of its own: its options show by their whole keys.
  return shortName === '' ? '' : `${shortName}.`;
}

/** The shortName the form holds for the connection's type; '' (UNAVAILABLE_TYPE) when the server named none. */
export function wireShortName(wire: WireConnection): string {
  return serverShortName(wire.databaseType);
}

/** The access type, from `accessTypeValue` when `accessType` is missing, else Pentaho's default. */
export function wireAccessType(wire: WireConnection): AccessType {
  return wire.accessType ?? ACCESS_TYPES.find((type) => type === wire.accessTypeValue) ?? 'NATIVE';
}

/** The first non-empty of the three places the port lives in. */
export function wirePort(wire: WireConnection): string {
  return wire.databasePort || wire.attributes?.PORT_NUMBER || wire.PORT_NUMBER || '';
}

/** An attribute edited by the form; the top-level mirror is read only when the attribute has no value. */
export function wireAttribute(wire: WireConnection, key: 'driverId' | 'CUSTOM_URL' | 'CUSTOM_DRIVER_CLASS'): string {
  const fromAttributes = wire.attributes?.[key];
  if (fromAttributes != null) return fromAttributes;
  return text(wire[key]);
}

/** Where Pentaho keeps the SQL Server instance, whatever the connection's type. */
export const SQL_SERVER_INSTANCE_OPTION = 'MSSQL.instance';

/**
 * The option first (what Pentaho's getter returns), then the top-level mirrors: `get` spells
 * it `SQLServerInstance`, `list` spells it `sqlserverInstance`.
 */
export function wireSqlServerInstance(wire: WireConnection): string {
  const option = wire.extraOptions?.[SQL_SERVER_INSTANCE_OPTION];
  if (option != null && option !== '') return option;
  const fromList = (wire as Record<string, unknown>).sqlserverInstance;
  return wire.SQLServerInstance || (typeof fromList === 'string' ? fromList : '') || '';
}

/**
 * Keys of `extraOptions` in display order: those named by `extraOptionsOrder` (by index,
 * each once, skipping entries that point at no option), then any the order forgets, in
 * object order.
 */
export function orderedOptionKeys(wire: WireConnection): string[] {
  const options = wire.extraOptions ?? {};
  const order = wire.extraOptionsOrder ?? {};
  // Indexes that are not numbers (never sent by Datafor) go last, in object order.
  const indexed = Object.entries(order)
    .map(([index, key]) => ({ index: /^\d+$/.test(index) ? Number(index) : Number.POSITIVE_INFINITY, key }))
    .sort((a, b) => (a.index === b.index ? 0 : a.index < b.index ? -1 : 1));
  const seen = new Set<string>();
  const keys: string[] = [];
  for (const { key } of indexed) {
    if (hasOwn(options, key) && !seen.has(key)) {
      seen.add(key);
      keys.push(key);
    }
  }
  for (const key of Object.keys(options)) {
    if (!seen.has(key)) {
      seen.add(key);
      keys.push(key);
    }
  }
  return keys;
}

/** The current type's options as rows, prefix removed (an MS SQL Server's instance is a field, not a row). */
export function optionRowsOf(wire: WireConnection): OptionRow[] {
  const prefix = optionKeyPrefix(wireShortName(wire));
  const options = wire.extraOptions ?? {};
  return orderedOptionKeys(wire)
    .filter((key) => key.startsWith(prefix) && key !== SQL_SERVER_INSTANCE_OPTION)
    .map((key) => ({ name: key.slice(prefix.length), value: text(options[key]) }));
}

function poolRowsOf(wire: WireConnection, poolParameters: readonly PoolParameterInfo[]): PoolParameterRow[] {
  const stored = wire.connectionPoolingProperties ?? {};
  const rows: PoolParameterRow[] = [];
  const listed = new Set<string>();
  for (const p of poolParameters) {
    if (listed.has(p.parameter)) continue;
    listed.add(p.parameter);
    const enabled = hasOwn(stored, p.parameter);
    rows.push({
      name: p.parameter,
      enabled,
      value: enabled ? text(stored[p.parameter]) : '',
      defaultValue: text(p.defaultValue),
      description: text(p.description),
    });
  }
  // Parameters the connection has but the server's list lacks must still be seen and kept.
  for (const name of Object.keys(stored)) {
    if (listed.has(name)) continue;
    rows.push({
      name,
      enabled: true,
      value: text(stored[name]),
      defaultValue: POOL_PARAMETERS.find((p) => p.parameter === name)?.defaultValue ?? '',
      description: '',
    });
  }
  return rows;
}

/**
 * A simple field's value as the form shows it: null and absent read as '' or off, and a
 * "true"/"false" attribute is on when it is "true" in any letter case. Whatever it holds goes
 * back untouched unless the user changes the field.
 */
export function readWireField(field: SimpleField, wire: WireConnection): string | boolean {
  return readWire(field.wire, wire);
}

// Typed by the whole WireLocation union, so each encoding is handled even before a field uses it.
function readWire(location: WireLocation, wire: WireConnection): string | boolean {
  const stored: unknown = 'attribute' in location ? wire.attributes?.[location.attribute] : wire[location.key];
  switch (location.as) {
    case 'string':
      return typeof stored === 'string' ? stored : '';
    case 'boolean':
      return stored === true;
    case 'true/false':
      return typeof stored === 'string' && stored.toLowerCase() === 'true';
    case 'secret':
      // Never pre-filled: whatever the server holds stays with it, and '' means "keep it".
      return '';
  }
}

/** Writes a simple field the user changed: a top-level key as it is, an attribute as a string. */
function writeWire(location: WireLocation, value: string | boolean, payload: Record<string, unknown>, attributes: () => NullableStringMap): void {
  if ('attribute' in location) writeAttribute(attributes(), location.attribute, String(value));
  else payload[location.key] = value;
}

export function toFormValues(wire: WireConnection, poolParameters: readonly PoolParameterInfo[]): ConnectionFormValues {
  // The table guarantees each simple field's value type (a switch reads a boolean, the rest a string).
  const simple = Object.fromEntries(SIMPLE_FIELDS.map((field) => [field.key, readWireField(field, wire)])) as Pick<
    ConnectionFormValues,
    SimpleFieldKey
  >;
  const byHand: Omit<ConnectionFormValues, SimpleFieldKey> = {
    port: wirePort(wire),
    // Never pre-filled: the server never returns it, and '' means "keep the stored one".
    password: '',
    databaseTypeShortName: wireShortName(wire),
    accessType: wireAccessType(wire),
    driverId: wireAttribute(wire, 'driverId'),
    customUrl: wireAttribute(wire, 'CUSTOM_URL'),
    customDriverClass: wireAttribute(wire, 'CUSTOM_DRIVER_CLASS'),
    sqlServerInstance: wireSqlServerInstance(wire),
    options: optionRowsOf(wire),
    poolParameters: poolRowsOf(wire, poolParameters),
  };
  return { ...simple, ...byHand };
}

/** Switched-on pool parameters as name → value. */
function switchedOn(rows: readonly PoolParameterRow[]): Map<string, string> {
  return new Map(rows.filter((r) => r.enabled).map((r) => [r.name, r.value]));
}

function sameMap(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function sameRows(a: readonly OptionRow[], b: readonly OptionRow[]): boolean {
  return a.length === b.length && a.every((row, i) => row.name === b[i]?.name && row.value === b[i]?.value);
}

/**
 * Writes an attribute the user changed: an existing key takes the value, even ''; an absent
 * key stays absent when the value is ''.
 */
function writeAttribute(attributes: NullableStringMap, key: string, value: string): void {
  if (value === '' && !hasOwn(attributes, key)) return;
  attributes[key] = value;
}

/** Rows the user only edited, removed or appended to: the rows that stay keep their order, new ones come last. */
function rowsKeptInOrder(before: readonly OptionRow[], after: readonly OptionRow[]): boolean {
  const old = new Set(before.map((row) => row.name));
  const kept = after.filter((row) => old.has(row.name)).map((row) => row.name);
  const firstNew = after.findIndex((row) => !old.has(row.name));
  if (firstNew >= 0 && after.slice(firstNew).some((row) => old.has(row.name))) return false;
  const stayed = new Set(kept);
  return before.map((row) => row.name).filter((name) => stayed.has(name)).join('\u0000') === kept.join('\u0000');
}

/** The attributes the form edits by hand, with the form value that holds each. */
const MIRRORED_ATTRIBUTES = [
  ['driverId', 'driverId'],
  ['customUrl', 'CUSTOM_URL'],
  ['customDriverClass', 'CUSTOM_DRIVER_CLASS'],
] as const;

export function toPayload(form: ConnectionFormValues, original: WireConnection): WireConnection {
  const before = toFormValues(original, []);
  const payload = structuredClone(original) as WireConnection & Record<string, unknown>;

  // Copied on the first write only: an untouched connection keeps its own map (or its null, or none).
  let attributes: NullableStringMap | undefined;
  const writable = (): NullableStringMap => (attributes ??= { ...(original.attributes ?? {}) });

  for (const field of SIMPLE_FIELDS) {
    if (form[field.key] !== before[field.key]) writeWire(field.wire, form[field.key], payload, writable);
  }

  if (form.accessType !== before.accessType) {
    payload.accessType = form.accessType;
    payload.accessTypeValue = form.accessType;
  }

  const typeChanged = form.databaseTypeShortName !== before.databaseTypeShortName;
  if (typeChanged) {
    payload.databaseType = structuredClone(resolveDatabaseType(form.databaseTypeShortName, original.databaseType).wire);
  }

  // Password: '' (and null) keep the stored one on the server; a body without one stays without.
  if (form.password !== '') payload.password = form.password;
  else if (hasOwn(original, 'password')) payload.password = null;

  // --- the port, in its three places ---
  if (form.port !== before.port) {
    if (form.port !== '') {
      payload.databasePort = form.port;
      writable().PORT_NUMBER = form.port;
      payload.PORT_NUMBER = form.port;
    } else {
      // Cleared: each place that held a port is emptied; a place that held none stays as it came.
      if (text(original.databasePort) !== '') payload.databasePort = '';
      if (text(original.attributes?.PORT_NUMBER) !== '') writable().PORT_NUMBER = '';
      if (text(original.PORT_NUMBER) !== '') payload.PORT_NUMBER = '';
    }
  }

  // --- attributes the form edits by hand, and their top-level mirrors ---
  for (const [formKey, key] of MIRRORED_ATTRIBUTES) {
    const value = form[formKey];
    if (value === before[formKey]) continue;
    const written = writable();
    writeAttribute(written, key, value);
    if (hasOwn(written, key)) payload[key] = written[key];
    // Only the mirror held it: the mirror is emptied, or reloading would show it again.
    else if (hasOwn(original, key)) payload[key] = '';
  }
  if (attributes) payload.attributes = attributes;

  // --- extra options ---
  if (typeChanged || !sameRows(form.options, before.options)) {
    const originalPrefix = optionKeyPrefix(before.databaseTypeShortName);
    const prefix = optionKeyPrefix(form.databaseTypeShortName);
    // A Map, not an object: option names are user text and may be "__proto__".
    const extraOptions = new Map<string, string | null>();
    const originalOptions = original.extraOptions ?? {};
    for (const row of form.options) {
      if (isBlankOptionRow(row)) continue;
      // A row as it came keeps its stored value (a null stays null) under its new key.
      const stored = originalOptions[originalPrefix + row.name];
      const untouched = hasOwn(originalOptions, originalPrefix + row.name) && text(stored) === row.value;
      // An unnamed type's rows carry their whole keys: picking the type they name must not prefix them twice.
      const key = originalPrefix === '' && prefix !== '' && row.name.startsWith(prefix) ? row.name : prefix + row.name;
      extraOptions.set(key, untouched ? (stored ?? null) : row.value);
    }
    // Other types' options are invisible in the form; keep them, after the rows, in their order.
    for (const key of orderedOptionKeys(original)) {
      const isRow = key.startsWith(originalPrefix) && key !== SQL_SERVER_INSTANCE_OPTION;
      if (isRow || extraOptions.has(key)) continue;
      extraOptions.set(key, originalOptions[key] ?? null);
    }
    const written = Object.fromEntries(extraOptions);
    payload.extraOptions = written;
    // The order is written where the original kept one, and where only an order can say what
    // the user did (rows moved, or keys an object would reorder); a body without one keeps none.
    const keys = [...extraOptions.keys()];
    const hadOrder = Object.keys(original.extraOptionsOrder ?? {}).length > 0;
    const objectKeepsOrder = Object.keys(written).join('\u0000') === keys.join('\u0000');
    if (hadOrder || typeChanged || !objectKeepsOrder || !rowsKeptInOrder(before.options, form.options)) {
      payload.extraOptionsOrder = Object.fromEntries(keys.map((key, i) => [String(i), key]));
    }
  }

  // --- SQL Server instance: the option, and the top-level spelling(s) the original used ---
  if (form.sqlServerInstance !== before.sqlServerInstance) writeSqlServerInstance(payload, original, form.sqlServerInstance);

  // --- pool parameters ---
  // Switched-on rows are sent even while the pool switch is off, so turning the pool off
  // and on again loses nothing (the server ignores them while usingConnectionPool is false).
  const pool = switchedOn(form.poolParameters);
  if (!sameMap(pool, switchedOn(before.poolParameters))) {
    const stored = original.connectionPoolingProperties ?? {};
    const properties = new Map<string, string | null>();
    for (const [name, value] of pool) {
      // A parameter as it came keeps its stored value (a null stays null); an empty new one is not sent.
      if (hasOwn(stored, name) && text(stored[name]) === value) properties.set(name, stored[name] ?? null);
      else if (value !== '') properties.set(name, value);
    }
    payload.connectionPoolingProperties = Object.fromEntries(properties);
  }

  return payload;
}

/**
 * Pentaho's setSQLServerInstance: the option `MSSQL.instance` ('' removes it), and the
 * top-level mirror under the spelling(s) the original used (`get` derives it from the option,
 * so a server reading either finds the same value).
 */
function writeSqlServerInstance(payload: WireConnection & Record<string, unknown>, original: WireConnection, instance: string): void {
  const options: NullableStringMap = { ...(payload.extraOptions ?? {}) };
  if (instance !== '') {
    options[SQL_SERVER_INSTANCE_OPTION] = instance;
  } else if (hasOwn(options, SQL_SERVER_INSTANCE_OPTION)) {
    delete options[SQL_SERVER_INSTANCE_OPTION];
    const order = Object.values(payload.extraOptionsOrder ?? {});
    if (order.includes(SQL_SERVER_INSTANCE_OPTION)) {
      const kept = orderedOptionKeys({ ...payload, extraOptions: options }).filter((key) => order.includes(key));
      payload.extraOptionsOrder = Object.fromEntries(kept.map((key, i) => [String(i), key]));
    }
  }
  if (payload.extraOptions != null || Object.keys(options).length > 0) payload.extraOptions = options;
  const spellings = ['SQLServerInstance', 'sqlserverInstance'].filter((k) => hasOwn(original, k));
  for (const key of spellings.length > 0 ? spellings : ['SQLServerInstance']) payload[key] = instance === '' ? null : instance;
}

/**
 * `attributes` as the form would save them, for the URL preview: the stored ones with every
 * readable attribute field of the table written as toPayload writes it. Secret attributes are
 * left out, stored or typed: nothing that shows the URL may hold them.
 */
export function attributesWithEdits(
  original: WireConnection,
  values: Readonly<Partial<Record<SimpleFieldKey, string | boolean>>>,
): Record<string, string> {
  const attributes: NullableStringMap = { ...(original.attributes ?? {}) };
  for (const field of READABLE_ATTRIBUTE_FIELDS) {
    const value = values[field.key];
    if (value === undefined || value === readWireField(field, original) || !('attribute' in field.wire)) continue;
    writeAttribute(attributes, field.wire.attribute, String(value));
  }
  return Object.fromEntries(
    Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] != null && !isSecretAttribute(entry[0])),
  );
}

/**
 * What the browser keeps of a connection it saved (the next baseline, the cached copy), like
 * what `get` would give: the password withheld, and a secret attribute only where the server
 * handed that key out before. A secret typed for a server that never returns them leaves with
 * the request; one a server does return stays as sent, so it goes back unchanged next time.
 */
export function withoutTypedSecrets(sent: WireConnection, previous: WireConnection): WireConnection {
  const kept: WireConnection = { ...sent, password: null };
  const attributes = sent.attributes;
  if (!attributes) return kept;
  const before = previous.attributes ?? {};
  const cleaned = Object.entries(attributes).filter(([key]) => !isSecretAttribute(key) || hasOwn(before, key));
  return { ...kept, attributes: Object.fromEntries(cleaned) };
}

/** What to do with the old type's option rows when the type changes (the user chooses). */
export type OptionsOnTypeChange = 'keep' | 'remove';

/** Option rows that hold something: what a type change asks about. */
export function filledOptionRows(rows: readonly OptionRow[]): OptionRow[] {
  return rows.filter((row) => !isBlankOptionRow(row));
}

/**
 * Values to set when the user picks another database type: port and driver follow the new
 * type's defaults unless the user had chosen their own; the access type is kept when the new
 * type supports it. The option rows are the user's choice: kept (`toPayload` stores them under
 * the new type's prefix) or removed (the old type's options are then deleted on save).
 */
export function onDatabaseTypeChange(
  form: ConnectionFormValues,
  next: DatabaseTypeEntry,
  previous: DatabaseTypeEntry,
  options: OptionsOnTypeChange = 'keep',
): Partial<ConnectionFormValues> {
  const changes: Partial<ConnectionFormValues> = { databaseTypeShortName: next.shortName };
  if (options === 'remove') changes.options = [];
  const previousPort = previous.defaultPort == null ? '' : String(previous.defaultPort);
  if (next.defaultPort != null && (form.port === '' || form.port === previousPort)) {
    changes.port = String(next.defaultPort);
  }
  if (form.driverId === '' || form.driverId === previous.defaultDriverId) {
    changes.driverId = next.defaultDriverId;
  }
  const firstAccessType = next.accessTypes[0];
  if (!next.accessTypes.includes(form.accessType) && firstAccessType) {
    changes.accessType = firstAccessType;
  }
  return changes;
}

/** Row values when the user switches a pool parameter on: keeps a typed value, else the default. */
export function enablePoolParameter(row: PoolParameterRow): PoolParameterRow {
  return { ...row, enabled: true, value: row.value !== '' ? row.value : row.defaultValue };
}

/**
 * Rows when the user turns the pool on. A connection that has no parameter switched on gets
 * the ones Datafor's own dialog starts a new pool with; otherwise the rows stay as they are.
 */
export function rowsForPoolSwitchedOn(rows: readonly PoolParameterRow[]): PoolParameterRow[] {
  if (rows.some((r) => r.enabled)) return [...rows];
  const result = rows.map((row) => {
    const value = DATAFOR_NEW_POOL_DEFAULTS[row.name];
    return value === undefined ? row : { ...row, enabled: true, value: row.value !== '' ? row.value : value };
  });
  for (const [name, value] of Object.entries(DATAFOR_NEW_POOL_DEFAULTS)) {
    if (!result.some((r) => r.name === name)) {
      result.push({ name, enabled: true, value, defaultValue: POOL_PARAMETERS.find((p) => p.parameter === name)?.defaultValue ?? '', description: '' });
    }
  }
  return result;
}
