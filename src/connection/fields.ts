/**
 * The field table: every field of the connection form, in the order the form shows them, with
 * its section, kind of control, labels in both languages, where it lives on the wire, which
 * database types and access types show it, and its rule.
 *
 * From it come the form values type (form.ts), the wire mapping of simple fields
 * (convert.ts), the review's labels and order (diff.ts) and the sections' simple fields
 * (editor/sections/TableFields.tsx). A new simple field is its entry here, plus its key in
 * wire.ts when it is a top-level key (attributes are a map: nothing to add there).
 *
 * `wire: 'byHand'` marks the fields whose storage has rules of its own, written out in
 * convert.ts: the port (three places), the password (never shown, '' keeps it), the type
 * (a whole object), the access type (mirrored in accessTypeValue), the driver and Generic's
 * URL and class (attributes with top-level mirrors), and the SQL Server instance (two
 * spellings). Option and pool rows are not fields of this table (form.ts adds them).
 */
import * as z from 'zod/mini';
import type { Translation } from '../i18n/messages';
import type { FieldUsage } from './catalogue';
import {
  connectionNameRule,
  customUrlRule,
  databaseNameRule,
  driverClassRule,
  filledIn,
  passwordRule,
  portRule,
  type FieldRule,
  type Presence,
} from './field-rules';
import { ACCESS_TYPES, type AccessType, type wireConnectionSchema } from './wire';

/** The form's sections, in screen order. Options has only its rows, no table fields. */
export const SECTIONS = ['general', 'databaseType', 'options', 'pooling', 'advanced'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** Top-level keys of the wire schema whose value is a string / a boolean (null or absent allowed). */
type WireShape = typeof wireConnectionSchema.shape;
type WireKeyOf<T> = { [K in keyof WireShape]-?: NonNullable<z.output<WireShape[K]>> extends T ? K : never }[keyof WireShape];

/**
 * Where a simple field lives: a top-level key, or `attributes.KEY` (a map of strings, where a
 * switch is stored as "true" / "false").
 */
export type StringWire = { key: WireKeyOf<string>; as: 'string' } | { attribute: string; as: 'string' };
export type BooleanWire = { key: WireKeyOf<boolean>; as: 'boolean' } | { attribute: string; as: 'true/false' };
export type WireLocation = StringWire | BooleanWire;

interface BaseField {
  /** The form value's name. */
  key: string;
  section: SectionId;
  label: Translation;
  /** Another label where an access type gives the field another meaning. */
  labelByAccess?: Partial<Record<AccessType, Translation>>;
  /** Shown under the field. */
  help?: Translation;
  /** Shown only for these database types (shortName) and/or access types; type-specific fields come last in their section. */
  shownFor?: { types?: readonly string[]; access?: readonly AccessType[] };
  /** How the chosen type and access type use it (catalogue.ts `fieldUsage`); shown and optional when absent. */
  presence?: (usage: FieldUsage) => Presence;
  /** Columns out of 12 from the sm / md breakpoint up; the whole row when absent. */
  span?: { sm?: number; md?: number };
}

export interface TextFieldSpec extends BaseField {
  /** code: monospace; url: monospace, URL keyboard; sql: monospace, three rows; number: digits keyboard; secret: hidden, never pre-filled. */
  kind: 'text' | 'code' | 'url' | 'sql' | 'number' | 'secret';
  wire: StringWire | 'byHand';
  /** Shown under the field when the chosen type lets it be empty. */
  optionalHelp?: Translation;
  rule?: FieldRule;
}

export interface SwitchFieldSpec extends BaseField {
  kind: 'switch';
  wire: BooleanWire | 'byHand';
  /** A switch that cannot be on together with this one: switching this on switches it off. */
  turnsOff?: string;
}

export interface SelectFieldSpec extends BaseField {
  kind: 'select';
  wire: StringWire | 'byHand';
  /** The values the form holds (its type is their union); offered as they are. */
  values?: readonly [string, ...string[]];
}

/** What a table entry may say; `Field` is an entry as written (its key and kind exact). */
export type FieldSpec = TextFieldSpec | SwitchFieldSpec | SelectFieldSpec;

function defineFields<const T extends readonly FieldSpec[]>(fields: T): T {
  return fields;
}

const SQL_SERVER_TYPES = ['MSSQLNative', 'MSSQL', 'AZURESQLDB', 'AZURESYNAPSE'];
const shownWithCredentials = (usage: FieldUsage): Presence => (usage.credentials ? 'optional' : 'hidden');
const requiredForGeneric = (usage: FieldUsage): Presence => (usage.custom ? 'required' : 'hidden');

export const FIELDS = defineFields([
  // --- General -------------------------------------------------------------------------------
  {
    key: 'name',
    section: 'general',
    kind: 'text',
    label: { en: 'Connection name', zh: '连接名称' },
    wire: { key: 'name', as: 'string' },
    presence: () => 'required',
    rule: connectionNameRule,
  },
  {
    key: 'hostname',
    section: 'general',
    kind: 'text',
    label: { en: 'Host name', zh: '主机名' },
    wire: { key: 'hostname', as: 'string' },
    presence: (usage) => (!usage.host ? 'hidden' : usage.hostRequired ? 'required' : 'optional'),
    rule: filledIn('hostname.required'),
    span: { sm: 8 },
  },
  {
    key: 'port',
    section: 'general',
    kind: 'number',
    label: { en: 'Port number', zh: '端口号' },
    optionalHelp: { en: 'May be empty for this type (e.g. an Oracle TNS descriptor).', zh: '此类型可留空（例如 Oracle TNS 描述符）。' },
    wire: 'byHand',
    presence: (usage) => usage.port,
    rule: portRule,
    span: { sm: 4 },
  },
  {
    key: 'databaseName',
    section: 'general',
    kind: 'text',
    label: { en: 'Database name', zh: '数据库名称' },
    labelByAccess: { JNDI: { en: 'JNDI name', zh: 'JNDI 名称' } },
    wire: { key: 'databaseName', as: 'string' },
    presence: (usage) => usage.database,
    rule: databaseNameRule,
  },
  {
    key: 'username',
    section: 'general',
    kind: 'text',
    label: { en: 'User name', zh: '用户名' },
    wire: { key: 'username', as: 'string' },
    presence: shownWithCredentials,
    span: { sm: 6 },
  },
  {
    key: 'password',
    section: 'general',
    kind: 'secret',
    label: { en: 'Password', zh: '密码' },
    help: { en: 'Leave empty to keep the stored password.', zh: '留空则保留已保存的密码。' },
    wire: 'byHand',
    presence: shownWithCredentials,
    rule: passwordRule,
    span: { sm: 6 },
  },
  {
    // Pentaho's dialect builds `integratedSecurity=<this attribute, default false>` into the URL.
    key: 'useIntegratedSecurity',
    section: 'general',
    kind: 'switch',
    label: { en: 'Use integrated security', zh: '使用集成安全性' },
    wire: { attribute: 'MSSQLUseIntegratedSecurity', as: 'true/false' },
    shownFor: { types: ['MSSQLNative'], access: ['NATIVE'] },
  },
  // --- Database type -------------------------------------------------------------------------
  {
    key: 'databaseTypeShortName',
    section: 'databaseType',
    kind: 'select',
    label: { en: 'Database type', zh: '数据库类型' },
    wire: 'byHand',
    presence: () => 'required',
    span: { md: 6 },
  },
  {
    key: 'accessType',
    section: 'databaseType',
    kind: 'select',
    values: ACCESS_TYPES,
    label: { en: 'Access type', zh: '访问方式' },
    wire: 'byHand',
    presence: () => 'required',
    span: { sm: 6, md: 3 },
  },
  {
    key: 'driverId',
    section: 'databaseType',
    kind: 'code',
    label: { en: 'Driver', zh: '驱动' },
    wire: 'byHand',
    span: { sm: 6, md: 3 },
  },
  {
    key: 'customUrl',
    section: 'databaseType',
    kind: 'url',
    label: { en: 'Custom URL', zh: '自定义 URL' },
    help: { en: 'The whole JDBC URL, starting with jdbc:', zh: '完整的 JDBC URL，以 jdbc: 开头' },
    wire: 'byHand',
    presence: requiredForGeneric,
    rule: customUrlRule,
  },
  {
    key: 'customDriverClass',
    section: 'databaseType',
    kind: 'code',
    label: { en: 'Custom driver class', zh: '自定义驱动类' },
    help: { en: 'Java class name, e.g. org.h2.Driver', zh: 'Java 类名，例如 org.h2.Driver' },
    wire: 'byHand',
    presence: requiredForGeneric,
    rule: driverClassRule,
  },
  // --- Pooling (its parameter rows are by hand) ------------------------------------------------
  {
    key: 'usingConnectionPool',
    section: 'pooling',
    kind: 'switch',
    label: { en: 'Use connection pool', zh: '使用连接池' },
    wire: { key: 'usingConnectionPool', as: 'boolean' },
  },
  // --- Advanced ------------------------------------------------------------------------------
  {
    key: 'connectSql',
    section: 'advanced',
    kind: 'sql',
    label: { en: 'Connect SQL', zh: '连接 SQL' },
    help: { en: 'Statements run right after connecting, separated by ;', zh: '连接后立即执行的语句，用 ; 分隔' },
    wire: { key: 'connectSql', as: 'string' },
  },
  {
    key: 'quoteAllFields',
    section: 'advanced',
    kind: 'switch',
    label: { en: 'Quote all identifiers', zh: '为所有标识符加引号' },
    wire: { key: 'quoteAllFields', as: 'boolean' },
    span: { md: 4 },
  },
  {
    key: 'forcingIdentifiersToLowerCase',
    section: 'advanced',
    kind: 'switch',
    label: { en: 'Force identifiers to lower case', zh: '强制标识符小写' },
    wire: { key: 'forcingIdentifiersToLowerCase', as: 'boolean' },
    turnsOff: 'forcingIdentifiersToUpperCase',
    span: { md: 4 },
  },
  {
    key: 'forcingIdentifiersToUpperCase',
    section: 'advanced',
    kind: 'switch',
    label: { en: 'Force identifiers to upper case', zh: '强制标识符大写' },
    wire: { key: 'forcingIdentifiersToUpperCase', as: 'boolean' },
    turnsOff: 'forcingIdentifiersToLowerCase',
    span: { md: 4 },
  },
  {
    key: 'sqlServerInstance',
    section: 'advanced',
    kind: 'text',
    label: { en: 'SQL Server instance name', zh: 'SQL Server 实例名' },
    wire: 'byHand',
    shownFor: { types: SQL_SERVER_TYPES },
    span: { sm: 6 },
  },
  {
    key: 'usingDoubleDecimalAsSchemaTableSeparator',
    section: 'advanced',
    kind: 'switch',
    label: { en: 'Use .. to separate schema and table', zh: '用 .. 分隔模式与表' },
    wire: { key: 'usingDoubleDecimalAsSchemaTableSeparator', as: 'boolean' },
    shownFor: { types: SQL_SERVER_TYPES },
    span: { sm: 6 },
  },
  {
    key: 'dataTablespace',
    section: 'advanced',
    kind: 'text',
    label: { en: 'Data tablespace', zh: '数据表空间' },
    wire: { key: 'dataTablespace', as: 'string' },
    shownFor: { types: ['ORACLE'] },
    span: { sm: 6 },
  },
  {
    key: 'indexTablespace',
    section: 'advanced',
    kind: 'text',
    label: { en: 'Index tablespace', zh: '索引表空间' },
    wire: { key: 'indexTablespace', as: 'string' },
    shownFor: { types: ['ORACLE'] },
    span: { sm: 6 },
  },
  {
    key: 'informixServername',
    section: 'advanced',
    kind: 'text',
    label: { en: 'Informix server name', zh: 'Informix 服务器名' },
    wire: { key: 'informixServername', as: 'string' },
    shownFor: { types: ['INFORMIX'] },
    span: { sm: 6 },
  },
  {
    key: 'streamingResults',
    section: 'advanced',
    kind: 'switch',
    label: { en: 'Stream results', zh: '流式读取结果' },
    help: { en: 'MySQL: fetch rows one by one instead of all at once.', zh: 'MySQL：逐行读取结果，而不是一次全部读取。' },
    wire: { key: 'streamingResults', as: 'boolean' },
    shownFor: { types: ['MYSQL', 'MARIADB'] },
  },
]);

export type FieldKey = (typeof FIELDS)[number]['key'];
export type Field = (typeof FIELDS)[number];
/** A field whose wire storage the table describes (convert.ts maps it generically). */
export type SimpleField = Extract<Field, { wire: WireLocation }>;
export type SimpleFieldKey = SimpleField['key'];

export const SIMPLE_FIELDS: readonly SimpleField[] = FIELDS.filter((field): field is SimpleField => field.wire !== 'byHand');

/** `attributes` keys the table's fields own. */
export const FIELD_ATTRIBUTES: ReadonlySet<string> = new Set(
  SIMPLE_FIELDS.flatMap(({ wire }: { wire: WireLocation }) => ('attribute' in wire ? [wire.attribute] : [])),
);

export function fieldsOf(section: SectionId): readonly Field[] {
  return FIELDS.filter((field) => field.section === section);
}

/** What decides which fields show: the chosen type, the access type, and how the catalogue says they use fields. */
export interface FieldContext {
  shortName: string;
  accessType: AccessType;
  usage: FieldUsage;
}

export function fieldPresence(field: FieldSpec, context: FieldContext): Presence {
  const only = field.shownFor;
  if (only?.types && !only.types.includes(context.shortName)) return 'hidden';
  if (only?.access && !only.access.includes(context.accessType)) return 'hidden';
  return field.presence?.(context.usage) ?? 'optional';
}

export function fieldLabel(field: FieldSpec, accessType: AccessType): Translation {
  return field.labelByAccess?.[accessType] ?? field.label;
}

// --- The form values' schema -----------------------------------------------------------------

type ValueSchema<F> = F extends { kind: 'switch' }
  ? z.ZodMiniType<boolean, boolean>
  : F extends { values: readonly (infer V extends string)[] }
    ? z.ZodMiniType<V, V>
    : z.ZodMiniType<string, string>;

export type FieldValuesShape = { [F in Field as F['key']]: ValueSchema<F> };

function valueSchema(field: FieldSpec): z.ZodMiniType {
  if (field.kind === 'switch') return z.boolean();
  if (field.kind === 'select' && field.values) return z.enum(field.values);
  return z.string();
}

/** One zod schema per field: a switch holds a boolean, a select with `values` one of them, the rest a string. */
export const FIELD_VALUES_SHAPE = Object.fromEntries(FIELDS.map((field) => [field.key, valueSchema(field)])) as FieldValuesShape;
