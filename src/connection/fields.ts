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
 * URL and class (attributes with top-level mirrors), and the SQL Server instance (the option
 * `MSSQL.instance`, mirrored in `SQLServerInstance`). Option and pool rows are not fields of
 * this table (form.ts adds them).
 *
 * A secret attribute (rules.ts SECRET_ATTRIBUTE_KEYS) is a `secret` field stored as
 * `{ attribute, as: 'secret' }`: like the password it is never read into the form, never shown
 * or put in the URL preview, and written only when typed — an empty box keeps the stored one.
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
  secretRule,
  type FieldRule,
  type Presence,
} from './field-rules';
import type { SecretAttributeKey } from './rules';
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
/** A secret attribute: read as '' (never pre-filled), written only when typed. */
export type SecretWire = { attribute: SecretAttributeKey; as: 'secret' };
export type WireLocation = StringWire | BooleanWire | SecretWire;

/** A value a field's visibility may depend on (`shownWhen`). */
export type FieldValue = string | boolean;

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
  /** Shown only while another field of the form holds one of these values (e.g. the fields of one authentication method). */
  shownWhen?: { field: string; is: readonly FieldValue[] };
  /** How the chosen type and access type use it (catalogue.ts `fieldUsage`); shown and optional when absent. */
  presence?: (usage: FieldUsage) => Presence;
  /** Columns out of 12 from the sm / md breakpoint up; the whole row when absent. */
  span?: { sm?: number; md?: number };
}

export interface TextFieldSpec extends BaseField {
  /** code: monospace; url: monospace, URL keyboard; sql: monospace, three rows; number: digits keyboard. */
  kind: 'text' | 'code' | 'url' | 'sql' | 'number';
  wire: StringWire | 'byHand';
  /** Shown under the field when the chosen type lets it be empty. */
  optionalHelp?: Translation;
  rule?: FieldRule;
}

/** Hidden as typed, never pre-filled: the password (by hand) or a secret attribute. */
export interface SecretFieldSpec extends BaseField {
  kind: 'secret';
  wire: SecretWire | 'byHand';
  rule?: FieldRule;
}

export interface SwitchFieldSpec extends BaseField {
  kind: 'switch';
  wire: BooleanWire | 'byHand';
  /** A switch that cannot be on together with this one: switching this on switches it off. */
  turnsOff?: string;
}

/** A choice of a drop-down: the value stored, and the words shown for it. */
export interface Choice {
  value: string;
  label: Translation;
}

export interface SelectFieldSpec extends BaseField {
  kind: 'select';
  wire: StringWire | 'byHand';
  /** The values the form holds (its type is their union); offered as they are. */
  values?: readonly [string, ...string[]];
  /**
   * The choices offered, by database type (shortName). The first is what an empty value means
   * to the type's URL rule, so an empty value shows it and stays empty unless another is chosen.
   */
  choicesByType?: Readonly<Record<string, readonly [Choice, ...Choice[]]>>;
}

/** What a table entry may say; `Field` is an entry as written (its key and kind exact). */
export type FieldSpec = TextFieldSpec | SecretFieldSpec | SwitchFieldSpec | SelectFieldSpec;

function defineFields<const T extends readonly FieldSpec[]>(fields: T): T {
  return fields;
}

const SQL_SERVER_TYPES = ['MSSQLNative', 'MSSQL', 'AZURESQLDB', 'AZURESYNAPSE'];
const shownWithCredentials = (usage: FieldUsage): Presence => (usage.credentials ? 'optional' : 'hidden');
const requiredForGeneric = (usage: FieldUsage): Presence => (usage.custom ? 'required' : 'hidden');
const KEEPS_STORED_SECRET: Translation = { en: 'Leave empty to keep the stored value.', zh: '留空则保留已保存的值。' };

/**
 * `jdbcAuthMethod` as Pentaho's dialogs store it (facts §1a, §4): the menu items' own text.
 * Redshift's dialect reads "IAM Credentials" and "Profile"; anything else, "Standard"
 * included, is the user name and password. Azure SQL DB's reads the three Active Directory
 * ones; anything else is SQL Server authentication.
 */
const REDSHIFT_AUTH_METHODS = [
  { value: 'Standard', label: { en: 'Standard', zh: '标准' } },
  { value: 'IAM Credentials', label: { en: 'IAM Credentials', zh: 'IAM 凭证' } },
  { value: 'Profile', label: { en: 'Profile', zh: '配置文件' } },
] as const satisfies readonly Choice[];
const AZURE_AUTH_METHODS = [
  { value: 'SQL Server Authentication', label: { en: 'SQL Server Authentication', zh: 'SQL Server 身份验证' } },
  { value: 'Azure Active Directory - Universal With MFA', label: { en: 'Azure Active Directory - Universal With MFA', zh: 'Azure Active Directory - 通用（多重身份验证）' } },
  { value: 'Azure Active Directory - Password', label: { en: 'Azure Active Directory - Password', zh: 'Azure Active Directory - 密码' } },
  { value: 'Azure Active Directory - Integrated', label: { en: 'Azure Active Directory - Integrated', zh: 'Azure Active Directory - 集成' } },
] as const satisfies readonly Choice[];

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
    // Generic on purpose: the reason differs by type (Oracle's TNS descriptor, a driver's default port…).
    optionalHelp: { en: 'May be empty for this type: the connection URL then has no port.', zh: '此类型可留空：连接 URL 中将不含端口。' },
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
  {
    // The dialect writes `&warehouse=<this attribute>` into the URL.
    key: 'warehouse',
    section: 'general',
    kind: 'text',
    label: { en: 'Warehouse', zh: '仓库' },
    wire: { attribute: 'warehouse', as: 'string' },
    shownFor: { types: ['SNOWFLAKEHV'], access: ['NATIVE'] },
    span: { sm: 6 },
  },
  {
    key: 'jdbcAuthMethod',
    section: 'general',
    kind: 'select',
    label: { en: 'Authentication method', zh: '身份验证方式' },
    wire: { attribute: 'jdbcAuthMethod', as: 'string' },
    choicesByType: { REDSHIFT: REDSHIFT_AUTH_METHODS, AZURESQLDB: AZURE_AUTH_METHODS },
    shownFor: { types: ['REDSHIFT', 'AZURESQLDB'], access: ['NATIVE'] },
    span: { sm: 6 },
  },
  // Redshift "IAM Credentials": the dialect adds them as the options AccessKeyID, SecretAccessKey, SessionToken.
  {
    key: 'iamAccessKeyId',
    section: 'general',
    kind: 'code',
    label: { en: 'Access key ID', zh: '访问密钥 ID' },
    wire: { attribute: 'iamAccessKeyId', as: 'string' },
    shownFor: { types: ['REDSHIFT'], access: ['NATIVE'] },
    shownWhen: { field: 'jdbcAuthMethod', is: ['IAM Credentials'] },
    span: { sm: 6 },
  },
  {
    key: 'iamSecretAccessKey',
    section: 'general',
    kind: 'secret',
    label: { en: 'Secret access key', zh: '秘密访问密钥' },
    help: KEEPS_STORED_SECRET,
    wire: { attribute: 'iamSecretAccessKey', as: 'secret' },
    shownFor: { types: ['REDSHIFT'], access: ['NATIVE'] },
    shownWhen: { field: 'jdbcAuthMethod', is: ['IAM Credentials'] },
    rule: secretRule,
    span: { sm: 6 },
  },
  {
    key: 'iamSessionToken',
    section: 'general',
    kind: 'secret',
    label: { en: 'Session token', zh: '会话令牌' },
    help: KEEPS_STORED_SECRET,
    wire: { attribute: 'iamSessionToken', as: 'secret' },
    shownFor: { types: ['REDSHIFT'], access: ['NATIVE'] },
    shownWhen: { field: 'jdbcAuthMethod', is: ['IAM Credentials'] },
    rule: secretRule,
  },
  {
    // Redshift "Profile": the dialect adds it as the option Profile.
    key: 'iamProfileName',
    section: 'general',
    kind: 'text',
    label: { en: 'Profile name', zh: '配置文件名称' },
    wire: { attribute: 'iamProfileName', as: 'string' },
    shownFor: { types: ['REDSHIFT'], access: ['NATIVE'] },
    shownWhen: { field: 'jdbcAuthMethod', is: ['Profile'] },
    span: { sm: 6 },
  },
  {
    // Pentaho's dialog stores the check box as "true" / "false"; the client id and secret count only while it is on.
    key: 'azureAlwaysEncryptionEnabled',
    section: 'general',
    kind: 'switch',
    label: { en: 'Always encrypted', zh: '始终加密' },
    help: { en: 'Column encryption with keys from Azure Key Vault, reached with the client below.', zh: '使用 Azure Key Vault 中的密钥进行列加密，通过下方的客户端访问。' },
    wire: { attribute: 'azureAlwaysEncryptionEnabled', as: 'true/false' },
    shownFor: { types: ['AZURESQLDB'], access: ['NATIVE'] },
  },
  {
    key: 'azureClientSecretId',
    section: 'general',
    kind: 'code',
    label: { en: 'Client ID', zh: '客户端 ID' },
    wire: { attribute: 'azureClientSecretId', as: 'string' },
    shownFor: { types: ['AZURESQLDB'], access: ['NATIVE'] },
    shownWhen: { field: 'azureAlwaysEncryptionEnabled', is: [true] },
    span: { sm: 6 },
  },
  {
    key: 'azureClientSecretKey',
    section: 'general',
    kind: 'secret',
    label: { en: 'Client secret', zh: '客户端密钥' },
    help: KEEPS_STORED_SECRET,
    wire: { attribute: 'azureClientSecretKey', as: 'secret' },
    shownFor: { types: ['AZURESQLDB'], access: ['NATIVE'] },
    shownWhen: { field: 'azureAlwaysEncryptionEnabled', is: [true] },
    rule: secretRule,
    span: { sm: 6 },
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
    // Pentaho keeps it as the option MSSQL.instance (DatabaseConnection.setSQLServerInstance),
    // which only the jTDS dialect puts into the URL. Pentaho's MS SQL Server (Native) dialog
    // offers the box too, but its URL never reads it (the Microsoft driver's own option is
    // instanceName), so it is not offered there: a stored value still goes back untouched.
    key: 'sqlServerInstance',
    section: 'advanced',
    kind: 'text',
    label: { en: 'SQL Server instance name', zh: 'SQL Server 实例名' },
    wire: 'byHand',
    shownFor: { types: ['MSSQL'] },
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

/** The fields stored in `attributes` that may be read back and shown: every one but the secrets. */
export const READABLE_ATTRIBUTE_FIELDS: readonly SimpleField[] = SIMPLE_FIELDS.filter(
  ({ wire }: { wire: WireLocation }) => 'attribute' in wire && wire.as !== 'secret',
);

/** The fields whose values decide whether others show (`shownWhen`). */
export const CONDITION_FIELDS: readonly FieldKey[] = [
  ...new Set(FIELDS.flatMap((field: FieldSpec) => (field.shownWhen ? [field.shownWhen.field as FieldKey] : []))),
];

export function fieldsOf(section: SectionId): readonly Field[] {
  return FIELDS.filter((field) => field.section === section);
}

/** The chosen type, the access type, and how the catalogue says they use fields. */
export interface TypeContext {
  shortName: string;
  accessType: AccessType;
  usage: FieldUsage;
}

/** What decides which fields show: the type context, and the values of the CONDITION_FIELDS. */
export interface FieldContext extends TypeContext {
  values: Readonly<Partial<Record<string, unknown>>>;
}

export function fieldPresence(field: FieldSpec, context: FieldContext): Presence {
  const only = field.shownFor;
  if (only?.types && !only.types.includes(context.shortName)) return 'hidden';
  if (only?.access && !only.access.includes(context.accessType)) return 'hidden';
  const when = field.shownWhen;
  if (when) {
    const value = context.values[when.field];
    if (!when.is.some((shown) => shown === value)) return 'hidden';
  }
  return field.presence?.(context.usage) ?? 'optional';
}

/** A drop-down's choices for the chosen type, if the table lists them. */
export function fieldChoices(field: FieldSpec, shortName: string): readonly Choice[] | undefined {
  return field.kind === 'select' ? field.choicesByType?.[shortName] : undefined;
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
