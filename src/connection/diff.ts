/**
 * What differs between two versions of a connection, setting by setting, in plain words.
 * Used for "Review changes" (original vs the payload about to be sent) and for "their
 * changes" (original vs the server's fresh copy).
 *
 * Settings are compared by meaning, not by wire shape: null and '' are the same, a port is
 * one value wherever it is stored, an attribute and its top-level mirror are one setting,
 * options are compared by name (their `"0":"KEY"` order separately), and the password is
 * never shown — only that it will be replaced.
 */
import { interpolate, type Translation } from '../i18n/messages';
import { optionKeyPrefix, orderedOptionKeys, optionRowsOf, wireAttribute, wirePort, wireSqlServerInstance } from './convert';
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

/** The same words as the editor's field labels, so a change reads like the field it came from. */
export const settingLabels = {
  name: { en: 'Connection name', zh: '连接名称' },
  hostname: { en: 'Host name', zh: '主机名' },
  databaseName: { en: 'Database name', zh: '数据库名称' },
  jndiName: { en: 'JNDI name', zh: 'JNDI 名称' },
  port: { en: 'Port number', zh: '端口号' },
  username: { en: 'User name', zh: '用户名' },
  password: { en: 'Password', zh: '密码' },
  databaseType: { en: 'Database type', zh: '数据库类型' },
  accessType: { en: 'Access type', zh: '访问方式' },
  driverId: { en: 'Driver', zh: '驱动' },
  customUrl: { en: 'Custom URL', zh: '自定义 URL' },
  customDriverClass: { en: 'Custom driver class', zh: '自定义驱动类' },
  option: { en: 'Option “{name}”', zh: '选项“{name}”' },
  optionOrder: { en: 'Order of options', zh: '选项顺序' },
  usingConnectionPool: { en: 'Use connection pool', zh: '使用连接池' },
  poolParameter: { en: 'Pool parameter “{name}”', zh: '连接池参数“{name}”' },
  connectSql: { en: 'Connect SQL', zh: '连接 SQL' },
  quoteAllFields: { en: 'Quote all identifiers', zh: '为所有标识符加引号' },
  forcingIdentifiersToLowerCase: { en: 'Force identifiers to lower case', zh: '强制标识符小写' },
  forcingIdentifiersToUpperCase: { en: 'Force identifiers to upper case', zh: '强制标识符大写' },
  sqlServerInstance: { en: 'SQL Server instance name', zh: 'SQL Server 实例名' },
  usingDoubleDecimalAsSchemaTableSeparator: { en: 'Use .. to separate schema and table', zh: '用 .. 分隔模式与表' },
  dataTablespace: { en: 'Data tablespace', zh: '数据表空间' },
  indexTablespace: { en: 'Index tablespace', zh: '索引表空间' },
  informixServername: { en: 'Informix server name', zh: 'Informix 服务器名' },
  streamingResults: { en: 'Stream results', zh: '流式读取结果' },
  attribute: { en: 'Attribute “{name}”', zh: '属性“{name}”' },
  field: { en: 'Setting “{name}”', zh: '设置“{name}”' },
} as const satisfies Record<string, Translation>;

const ON: Translation = { en: 'on', zh: '开' };
const OFF: Translation = { en: 'off', zh: '关' };
const KEEP_PASSWORD: Translation = { en: 'unchanged', zh: '不变' };
const REPLACE_PASSWORD: Translation = { en: 'will be replaced', zh: '将被替换' };

function named(label: Translation, name: string): Translation {
  return { en: interpolate(label.en, { name }), zh: interpolate(label.zh, { name }) };
}

const text = (v: string | null | undefined): string => v ?? '';

/** Attribute keys edited as their own settings (or mirrored at top level). */
const EDITED_ATTRIBUTES = new Set(['PORT_NUMBER', 'driverId', 'CUSTOM_URL', 'CUSTOM_DRIVER_CLASS']);

/** Top-level keys compared by a setting of their own, or that are not settings. */
const HANDLED_FIELDS = new Set([
  'name', 'hostname', 'databaseName', 'databasePort', 'username', 'password', 'databaseType', 'accessType',
  'accessTypeValue', 'attributes', 'extraOptions', 'extraOptionsOrder', 'usingConnectionPool',
  'connectionPoolingProperties', 'connectSql', 'quoteAllFields', 'forcingIdentifiersToLowerCase',
  'forcingIdentifiersToUpperCase', 'SQLServerInstance', 'sqlserverInstance', 'usingDoubleDecimalAsSchemaTableSeparator',
  'dataTablespace', 'indexTablespace', 'informixServername', 'streamingResults', 'driverId', 'PORT_NUMBER',
  'CUSTOM_URL', 'CUSTOM_DRIVER_CLASS',
  // A dirty flag the server does not read, and list-only metadata.
  'changed', 'isUploadDataset', 'isSystem', 'accessMap',
]);


export function diffConnections(before: WireConnection, after: WireConnection): SettingChange[] {
  const changes: SettingChange[] = [];

  const scalar = (key: string, label: Translation, a: string, b: string): void => {
    if (a !== b) changes.push({ key, label, before: a, after: b, kind: 'changed' });
  };
  const flag = (key: keyof typeof settingLabels & keyof WireConnection): void => {
    const a = before[key] === true;
    const b = after[key] === true;
    if (a !== b) {
      changes.push({
        key,
        label: settingLabels[key],
        before: String(a),
        after: String(b),
        kind: 'changed',
        display: { before: a ? ON : OFF, after: b ? ON : OFF },
      });
    }
  };
  /** For keyed settings; undefined = absent. */
  const keyed = (key: string, label: Translation, a: string | undefined, b: string | undefined): void => {
    if (a === b) return;
    const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    changes.push({ key, label, before: a ?? '', after: b ?? '', kind });
  };

  // --- General ---
  scalar('name', settingLabels.name, before.name, after.name);
  scalar('hostname', settingLabels.hostname, text(before.hostname), text(after.hostname));
  scalar(
    'databaseName',
    after.accessType === 'JNDI' ? settingLabels.jndiName : settingLabels.databaseName,
    text(before.databaseName),
    text(after.databaseName),
  );
  scalar('port', settingLabels.port, wirePort(before), wirePort(after));
  scalar('username', settingLabels.username, text(before.username), text(after.username));
  if (!keepsStoredPassword(after.password)) {
    changes.push({
      key: 'password',
      label: settingLabels.password,
      before: '',
      after: '',
      kind: 'changed',
      display: { before: KEEP_PASSWORD, after: REPLACE_PASSWORD },
    });
  }

  // --- Database type ---
  if (before.databaseType.shortName !== after.databaseType.shortName) {
    changes.push({
      key: 'databaseType',
      label: settingLabels.databaseType,
      before: before.databaseType.name || before.databaseType.shortName,
      after: after.databaseType.name || after.databaseType.shortName,
      kind: 'changed',
    });
  }
  scalar('accessType', settingLabels.accessType, before.accessType, after.accessType);
  scalar('driverId', settingLabels.driverId, wireAttribute(before, 'driverId'), wireAttribute(after, 'driverId'));
  scalar('customUrl', settingLabels.customUrl, wireAttribute(before, 'CUSTOM_URL'), wireAttribute(after, 'CUSTOM_URL'));
  scalar(
    'customDriverClass',
    settingLabels.customDriverClass,
    wireAttribute(before, 'CUSTOM_DRIVER_CLASS'),
    wireAttribute(after, 'CUSTOM_DRIVER_CLASS'),
  );

  // --- Options: the current type's by name, then their order, then other types' by key ---
  const beforeRows = optionRowsOf(before);
  const afterRows = optionRowsOf(after);
  const beforeOptions = new Map(beforeRows.map((r) => [r.name, r.value]));
  const afterOptions = new Map(afterRows.map((r) => [r.name, r.value]));
  for (const name of new Set([...beforeOptions.keys(), ...afterOptions.keys()])) {
    keyed(`option:${name}`, named(settingLabels.option, name), beforeOptions.get(name), afterOptions.get(name));
  }
  const beforeOrder = beforeRows.map((r) => r.name).filter((n) => afterOptions.has(n));
  const afterOrder = afterRows.map((r) => r.name).filter((n) => beforeOptions.has(n));
  if (beforeOrder.join('\u0000') !== afterOrder.join('\u0000')) {
    changes.push({
      key: 'optionOrder',
      label: settingLabels.optionOrder,
      before: beforeOrder.join(', '),
      after: afterOrder.join(', '),
      kind: 'changed',
    });
  }
  const others = (wire: WireConnection): Map<string, string> => {
    const prefix = optionKeyPrefix(wire.databaseType.shortName);
    const options = wire.extraOptions ?? {};
    return new Map(orderedOptionKeys(wire).filter((k) => !k.startsWith(prefix)).map((k) => [k, text(options[k])]));
  };
  const beforeOthers = others(before);
  const afterOthers = others(after);
  for (const key of new Set([...beforeOthers.keys(), ...afterOthers.keys()])) {
    keyed(`otherOption:${key}`, named(settingLabels.option, key), beforeOthers.get(key), afterOthers.get(key));
  }

  // --- Pooling ---
  flag('usingConnectionPool');
  const beforePool = before.connectionPoolingProperties ?? {};
  const afterPool = after.connectionPoolingProperties ?? {};
  for (const name of new Set([...Object.keys(beforePool), ...Object.keys(afterPool)])) {
    const a = name in beforePool ? text(beforePool[name]) : undefined;
    const b = name in afterPool ? text(afterPool[name]) : undefined;
    keyed(`pool:${name}`, named(settingLabels.poolParameter, name), a, b);
  }

  // --- Advanced ---
  scalar('connectSql', settingLabels.connectSql, text(before.connectSql), text(after.connectSql));
  flag('quoteAllFields');
  flag('forcingIdentifiersToLowerCase');
  flag('forcingIdentifiersToUpperCase');
  scalar('sqlServerInstance', settingLabels.sqlServerInstance, wireSqlServerInstance(before), wireSqlServerInstance(after));
  flag('usingDoubleDecimalAsSchemaTableSeparator');
  scalar('dataTablespace', settingLabels.dataTablespace, text(before.dataTablespace), text(after.dataTablespace));
  scalar('indexTablespace', settingLabels.indexTablespace, text(before.indexTablespace), text(after.indexTablespace));
  scalar('informixServername', settingLabels.informixServername, text(before.informixServername), text(after.informixServername));
  flag('streamingResults');

  // --- Everything else the server stores (attributes, fields this editor does not know) ---
  const beforeAttributes = before.attributes ?? {};
  const afterAttributes = after.attributes ?? {};
  for (const key of new Set([...Object.keys(beforeAttributes), ...Object.keys(afterAttributes)])) {
    if (EDITED_ATTRIBUTES.has(key)) continue;
    keyed(`attribute:${key}`, named(settingLabels.attribute, key), attributeValue(beforeAttributes, key), attributeValue(afterAttributes, key));
  }
  const beforeFields = before as Record<string, unknown>;
  const afterFields = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(beforeFields), ...Object.keys(afterFields)])) {
    if (HANDLED_FIELDS.has(key)) continue;
    keyed(`field:${key}`, named(settingLabels.field, key), fieldValue(beforeFields[key]), fieldValue(afterFields[key]));
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
