/**
 * What differs between two versions of a connection, setting by setting, in plain words.
 * Used for "Review changes" (original vs the payload about to be sent) and for "their
 * changes" (original vs the server's fresh copy).
 *
 * Settings are compared by meaning, not by wire shape: null and '' are the same, a port is
 * one value wherever it is stored, an attribute and its top-level mirror are one setting,
 * options are compared by name (their `"0":"KEY"` order separately; with their whole keys when
 * the type changed, since they then move from one type to another), the password and the secret
 * attributes are never shown — only that they will be replaced — and the JDBC URL the
 * settings make is listed when it changes.
 */
import { chineseOf, interpolate, type Translation } from '../i18n/messages';
import { jdbcUrlOf } from './connection-url';
import {
  SQL_SERVER_INSTANCE_OPTION,
  optionKeyPrefix,
  orderedOptionKeys,
  optionRowsOf,
  readWireField,
  wireAccessType,
  wireAttribute,
  wirePort,
  wireShortName,
  wireSqlServerInstance,
} from './convert';
import {
  FIELD_ATTRIBUTES,
  SECTIONS,
  SIMPLE_FIELDS,
  fieldLabel,
  fieldsOf,
  type Field,
  type FieldKey,
  type SectionId,
  type SimpleField,
  type SimpleFieldKey,
} from './fields';
import { POOL_PARAMETERS } from './pool';
import { keepsStoredPassword } from './rules';
import type { WireConnection } from './wire';

export interface SettingChange {
  /** Stable id: a form field name, `option:NAME`, `pool:NAME`, `attribute:KEY`, `field:KEY`, … */
  key: string;
  label: Translation;
  /** '' when the setting is empty or absent. */
  before: string;
  after: string;
  kind: 'changed' | 'added' | 'removed';
  /** Words to show instead of `before`/`after` (on/off switches, the password). */
  display?: { before: Translation; after: Translation };
}

/** Labels of what the review lists besides the form's fields (those are labelled by the field table). */
const rowLabels = {
  option: { en: 'Option “{name}”', zh: '选项“{name}”' },
  optionOrder: { en: 'Order of options', zh: '选项顺序' },
  poolParameter: { en: 'Pool parameter “{name}”', zh: '连接池参数“{name}”' },
  attribute: { en: 'Attribute “{name}”', zh: '属性“{name}”' },
  field: { en: 'Setting “{name}”', zh: '设置“{name}”' },
  jdbcUrl: { en: 'JDBC URL', zh: 'JDBC URL' },
} as const satisfies Record<string, Translation>;

const ON: Translation = { en: 'on', zh: '开' };
const OFF: Translation = { en: 'off', zh: '关' };
const KEEP_PASSWORD: Translation = { en: 'unchanged', zh: '不变' };
const REPLACE_PASSWORD: Translation = { en: 'will be replaced', zh: '将被替换' };
const TYPE_NOT_AVAILABLE: Translation = { en: 'not available on this server', zh: '此服务器上不可用' };

function named(label: Translation, name: string): Translation {
  return { en: interpolate(label.en, { name }), zh: interpolate(chineseOf(label), { name }) };
}

const text = (v: string | null | undefined): string => v ?? '';

/** Attribute keys compared as settings of their own (by hand, or by a field of the table). */
const EDITED_ATTRIBUTES = new Set(['PORT_NUMBER', 'driverId', 'CUSTOM_URL', 'CUSTOM_DRIVER_CLASS', ...FIELD_ATTRIBUTES]);

/** Top-level keys compared by a setting of their own, or that are not settings. */
const HANDLED_FIELDS = new Set([
  ...SIMPLE_FIELDS.flatMap(({ wire }) => ('key' in wire ? [wire.key] : [])),
  'databasePort', 'password', 'databaseType', 'accessType', 'accessTypeValue', 'attributes', 'extraOptions',
  'extraOptionsOrder', 'connectionPoolingProperties', 'SQLServerInstance', 'sqlserverInstance', 'driverId',
  'PORT_NUMBER', 'CUSTOM_URL', 'CUSTOM_DRIVER_CLASS',
  // A dirty flag the server does not read, and list-only metadata.
  'changed', 'isUploadDataset', 'isSystem', 'accessMap',
]);

type Collect = (change: SettingChange) => void;

/** A setting compared by its meaning; switches read on/off; a secret only says it will be replaced. */
function compareSimple(field: SimpleField, before: WireConnection, after: WireConnection, collect: Collect): void {
  if (field.wire.as === 'secret') {
    const key = field.wire.attribute;
    const sent = after.attributes?.[key];
    if (keepsStoredPassword(sent) || sent === before.attributes?.[key]) return;
    collect({ key: field.key, label: fieldLabel(field, wireAccessType(after)), before: '', after: '', kind: 'changed', display: { before: KEEP_PASSWORD, after: REPLACE_PASSWORD } });
    return;
  }
  const a = readWireField(field, before);
  const b = readWireField(field, after);
  if (a === b) return;
  const label = fieldLabel(field, wireAccessType(after));
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    collect({ key: field.key, label, before: String(a), after: String(b), kind: 'changed', display: { before: a ? ON : OFF, after: b ? ON : OFF } });
  } else {
    collect({ key: field.key, label, before: a, after: b, kind: 'changed' });
  }
}

type FieldCompare = (field: Field, before: WireConnection, after: WireConnection, collect: Collect) => void;

/** A field written by hand, read back by the same rule convert.ts reads it with. */
function scalar(valueOf: (wire: WireConnection) => string): FieldCompare {
  return (field, before, after, collect) => {
    const a = valueOf(before);
    const b = valueOf(after);
    if (a !== b) collect({ key: field.key, label: fieldLabel(field, wireAccessType(after)), before: a, after: b, kind: 'changed' });
  };
}

/** The fields whose storage convert.ts writes by hand (a field added there without one here is a type error). */
const BY_HAND: Record<Exclude<FieldKey, SimpleFieldKey>, FieldCompare> = {
  port: scalar(wirePort),
  password: (field, _before, after, collect) => {
    if (keepsStoredPassword(after.password)) return;
    collect({ key: field.key, label: field.label, before: '', after: '', kind: 'changed', display: { before: KEEP_PASSWORD, after: REPLACE_PASSWORD } });
  },
  databaseTypeShortName: (field, before, after, collect) => {
    if (wireShortName(before) === wireShortName(after)) return;
    const shown = (wire: WireConnection) => wire.databaseType?.name || wireShortName(wire);
    const a = shown(before);
    const b = shown(after);
    // A type the server did not name reads as such, not as an empty value.
    const words = (value: string): Translation => (value === '' ? TYPE_NOT_AVAILABLE : { en: value, zh: value });
    collect({ key: field.key, label: field.label, before: a, after: b, kind: 'changed', display: { before: words(a), after: words(b) } });
  },
  accessType: scalar(wireAccessType),
  driverId: scalar((wire) => wireAttribute(wire, 'driverId')),
  customUrl: scalar((wire) => wireAttribute(wire, 'CUSTOM_URL')),
  customDriverClass: scalar((wire) => wireAttribute(wire, 'CUSTOM_DRIVER_CLASS')),
  sqlServerInstance: scalar(wireSqlServerInstance),
};

/** For keyed settings (options, pool parameters, attributes); undefined = absent. */
function keyed(collect: Collect, key: string, label: Translation, a: string | undefined, b: string | undefined): void {
  if (a === b) return;
  const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  collect({ key, label, before: a ?? '', after: b ?? '', kind });
}

/**
 * After a change of type: each option once, by name, as stored before and after (`OLD.name=v`
 * → `NEW.name=v`), so keeping the options reads as a move and removing them as a removal;
 * then the other types' options by key.
 */
function compareOptionsAcrossTypes(before: WireConnection, after: WireConnection, collect: Collect): void {
  const oldPrefix = optionKeyPrefix(wireShortName(before));
  const newPrefix = optionKeyPrefix(wireShortName(after));
  const stored = (wire: WireConnection, prefixes: string[]): Map<string, string> => {
    const byName = new Map<string, string>();
    const options = wire.extraOptions ?? {};
    for (const prefix of prefixes) {
      for (const key of orderedOptionKeys(wire)) {
        if (!key.startsWith(prefix) || key === SQL_SERVER_INSTANCE_OPTION) continue;
        const name = key.slice(prefix.length);
        if (!byName.has(name)) byName.set(name, `${key}=${text(options[key])}`);
      }
    }
    return byName;
  };
  const was = stored(before, [oldPrefix, newPrefix]);
  const will = stored(after, [newPrefix]);
  for (const name of new Set([...was.keys(), ...will.keys()])) {
    keyed(collect, `option:${name}`, named(rowLabels.option, name), was.get(name), will.get(name));
  }
  const others = (wire: WireConnection): Map<string, string> => {
    const options = wire.extraOptions ?? {};
    const keys = orderedOptionKeys(wire).filter(
      (k) => !k.startsWith(oldPrefix) && !k.startsWith(newPrefix) && k !== SQL_SERVER_INSTANCE_OPTION,
    );
    return new Map(keys.map((k) => [k, text(options[k])]));
  };
  const beforeOthers = others(before);
  const afterOthers = others(after);
  for (const key of new Set([...beforeOthers.keys(), ...afterOthers.keys()])) {
    keyed(collect, `otherOption:${key}`, named(rowLabels.option, key), beforeOthers.get(key), afterOthers.get(key));
  }
}

/** The current type's options by name, then their order, then other types' options by key. */
function compareOptions(before: WireConnection, after: WireConnection, collect: Collect): void {
  if (wireShortName(before) !== wireShortName(after)) return compareOptionsAcrossTypes(before, after, collect);
  const beforeRows = optionRowsOf(before);
  const afterRows = optionRowsOf(after);
  const beforeOptions = new Map(beforeRows.map((r) => [r.name, r.value]));
  const afterOptions = new Map(afterRows.map((r) => [r.name, r.value]));
  // In the form's order: the rows as they now stand, then the ones removed.
  for (const name of new Set([...afterOptions.keys(), ...beforeOptions.keys()])) {
    keyed(collect, `option:${name}`, named(rowLabels.option, name), beforeOptions.get(name), afterOptions.get(name));
  }
  const beforeOrder = beforeRows.map((r) => r.name).filter((n) => afterOptions.has(n));
  const afterOrder = afterRows.map((r) => r.name).filter((n) => beforeOptions.has(n));
  if (beforeOrder.join('\u0000') !== afterOrder.join('\u0000')) {
    collect({
      key: 'optionOrder',
      label: rowLabels.optionOrder,
      before: beforeOrder.join(', '),
      after: afterOrder.join(', '),
      kind: 'changed',
    });
  }
  // The SQL Server instance's option is the instance field's, compared there.
  const others = (wire: WireConnection): Map<string, string> => {
    const prefix = optionKeyPrefix(wireShortName(wire));
    const options = wire.extraOptions ?? {};
    const keys = orderedOptionKeys(wire).filter((k) => !k.startsWith(prefix) && k !== SQL_SERVER_INSTANCE_OPTION);
    return new Map(keys.map((k) => [k, text(options[k])]));
  };
  const beforeOthers = others(before);
  const afterOthers = others(after);
  for (const key of new Set([...beforeOthers.keys(), ...afterOthers.keys()])) {
    keyed(collect, `otherOption:${key}`, named(rowLabels.option, key), beforeOthers.get(key), afterOthers.get(key));
  }
}

/** Where the form lists a pool parameter: DBCP's list order, then the ones only stored, as met. */
function poolRank(name: string): number {
  const index = POOL_PARAMETERS.findIndex((p) => p.parameter === name);
  return index === -1 ? POOL_PARAMETERS.length : index;
}

/** The URL the settings make (what the preview shows), when it changes. */
function compareJdbcUrl(before: WireConnection, after: WireConnection, collect: Collect): void {
  const a = jdbcUrlOf(before);
  const b = jdbcUrlOf(after);
  if (a !== b) collect({ key: 'jdbcUrl', label: rowLabels.jdbcUrl, before: a, after: b, kind: 'changed' });
}

function comparePool(before: WireConnection, after: WireConnection, collect: Collect): void {
  const beforePool = before.connectionPoolingProperties ?? {};
  const afterPool = after.connectionPoolingProperties ?? {};
  const names = [...new Set([...Object.keys(beforePool), ...Object.keys(afterPool)])];
  // Stable: parameters of equal rank (stored-only ones) keep the order they were met in.
  names.sort((a, b) => poolRank(a) - poolRank(b));
  for (const name of names) {
    const a = name in beforePool ? text(beforePool[name]) : undefined;
    const b = name in afterPool ? text(afterPool[name]) : undefined;
    keyed(collect, `pool:${name}`, named(rowLabels.poolParameter, name), a, b);
  }
}

/** The rows a section lists after its fields (the URL preview sits right after the type section). */
const SECTION_ROWS: Partial<Record<SectionId, typeof compareOptions>> = {
  databaseType: compareJdbcUrl,
  options: compareOptions,
  pooling: comparePool,
};

/** Every difference, in the order the form shows it: section by section, field by field, then the rest. */
export function diffConnections(before: WireConnection, after: WireConnection): SettingChange[] {
  const changes: SettingChange[] = [];
  const collect: Collect = (change) => changes.push(change);

  for (const section of SECTIONS) {
    for (const field of fieldsOf(section)) {
      if (field.wire === 'byHand') BY_HAND[field.key](field, before, after, collect);
      else compareSimple(field, before, after, collect);
    }
    SECTION_ROWS[section]?.(before, after, collect);
  }

  // --- Everything else the server stores (attributes, fields this editor does not know) ---
  const beforeAttributes = before.attributes ?? {};
  const afterAttributes = after.attributes ?? {};
  for (const key of new Set([...Object.keys(beforeAttributes), ...Object.keys(afterAttributes)])) {
    if (EDITED_ATTRIBUTES.has(key)) continue;
    keyed(collect, `attribute:${key}`, named(rowLabels.attribute, key), attributeValue(beforeAttributes, key), attributeValue(afterAttributes, key));
  }
  const beforeFields = before as Record<string, unknown>;
  const afterFields = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(beforeFields), ...Object.keys(afterFields)])) {
    if (HANDLED_FIELDS.has(key)) continue;
    keyed(collect, `field:${key}`, named(rowLabels.field, key), fieldValue(beforeFields[key]), fieldValue(afterFields[key]));
  }

  return changes;
}

function attributeValue(attributes: Record<string, string | null>, key: string): string | undefined {
  const value = attributes[key];
  return value == null ? undefined : value;
}

function fieldValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
