/**
 * The JDBC URL a connection's settings produce, for the preview: what the server builds with
 * the dialect's getURL + getURLWithExtraOptions (../shared/reference/pentaho-connection-facts.md
 * §1a, pentaho-commons-database), or with the Kettle meta for Kettle-only types (§1b). Types
 * only Datafor has follow their drivers' documented forms (best knowledge, not Pentaho's).
 *
 * Pure, and free of secrets: the password is never an input, and a secret attribute
 * (Redshift iamSecretAccessKey / iamSessionToken, Azure azureClientSecretKey, Databricks
 * ACCESS_TOKEN) is never read — its place in the URL shows SECRET_MASK instead. Masked rather
 * than left out, so the URL still shows where the server puts it; always masked, because the
 * server keeps a stored secret the browser never sees, so whether one exists is unknown here.
 *
 * Values go in as typed, untrimmed and unencoded, as the server concatenates them; so
 * `${DB_HOST}` variables pass through. Where Java would print a missing value as "null", the
 * preview leaves it empty.
 */
import type { DatabaseTypeEntry, JdbcUrlShape } from './catalogue';
import type { OptionRow } from './form';
import type { AccessType } from './wire';

export const SECRET_MASK = '••••';

/** What the URL is made of, as plain values (independent of which form fields exist). */
export interface UrlInputs {
  accessType: AccessType;
  hostname: string;
  port: string;
  databaseName: string;
  /** Only the Simba types put it in the URL (`UID=`). */
  username: string;
  /**
   * The connection's own options — those stored under its shortName prefix, which is all the
   * dialect appends — in display order, prefix removed.
   */
  options: readonly OptionRow[];
  /** Generic: `attributes.CUSTOM_URL`. */
  customUrl: string;
  /** MS SQL Server (jTDS): `SQLServerInstance`, stored by Pentaho as extra option `MSSQL.instance`. */
  sqlServerInstance: string;
  informixServername: string;
  /** Per-type attributes (warehouse, MSSQLUseIntegratedSecurity, jdbcAuthMethod, …); absent = missing. */
  attributes: Readonly<Record<string, string>>;
}

type TypeFacts = Pick<DatabaseTypeEntry, 'shortName' | 'urlShape' | 'defaultPort'>;

/** How a dialect appends options; the value separator is always `=`. */
interface OptionSyntax {
  indicator: string;
  separator: string;
  /**
   * The dialect writes the indicator before the first option unless the URL already contains
   * this (`=` in AbstractDatabaseDialect; Teradata checks its own indicator `/`).
   */
  unlessUrlHas?: string;
}

interface UrlRule {
  /** getURL. null: the server cannot build one (it throws). */
  url: (inputs: UrlInputs, type: TypeFacts) => string | null;
  /** null: options never go into the URL (supportsOptionsInURL false). */
  options: OptionSyntax | null;
  /** putOptionalOptions: options the dialect adds from other settings, replacing a same-named row. */
  addedOptions?: (inputs: UrlInputs, type: TypeFacts) => [name: string, value: string][];
  /** Builds a URL even for JNDI access (Mondrian names its JNDI datasource in the URL). */
  underJndi?: boolean;
}

/** AbstractDatabaseDialect's default. */
const SEMICOLONS: OptionSyntax = { indicator: ';', separator: ';' };
const QUERY: OptionSyntax = { indicator: '?', separator: '&' };

const isEmpty = (s: string) => s === '';
const attribute = (i: UrlInputs, key: string) => i.attributes[key] ?? '';
/** `host:port/db`, the most common middle part. */
const hpd = (i: UrlInputs) => `${i.hostname}:${i.port}/${i.databaseName}`;

/**
 * Java's `toInt(port, -1)`. A `${VAR}` port counts as a port: it stands for a number that
 * is filled in before the URL is used, and the preview must not switch forms over it.
 */
function portNumber(port: string): number {
  if (/\$\{[^}]*\}/.test(port)) return 1;
  return /^[+-]?\d{1,10}$/.test(port) && Math.abs(Number(port)) <= 2 ** 31 - 1 ? Number(port) : -1;
}

/** H2, Hypersonic, MonetDB: no positive port or no host → the embedded / in-memory form. */
const embedded = (i: UrlInputs) => portNumber(i.port) <= 0 || isEmpty(i.hostname);

/** Java's `map.put`: replaces a same-named option where it stands, else appends it. */
function put(options: [string, string][], name: string, value: string): void {
  const at = options.findIndex(([n]) => n === name);
  if (at >= 0) options[at] = [name, value];
  else options.push([name, value]);
}

/** The dialect's option loop: an empty value is written as the bare key. */
function appendOptions(url: string, options: readonly [string, string][], syntax: OptionSyntax): string {
  let result = url;
  options.forEach(([name, value], index) => {
    result += index === 0 && !url.includes(syntax.unlessUrlHas ?? '=') ? syntax.indicator : syntax.separator;
    result += value === '' ? name : `${name}=${value}`;
  });
  return result;
}

/** The Simba drivers' form (big-data plugin SimbaUrl): AuthMech from Kerberos options or the user name. */
function simba(prefix: string) {
  return (i: UrlInputs, type: TypeFacts): string => {
    const own = (key: string) =>
      i.options.find((o) => o.name === key)?.value || attribute(i, `EXTRA_OPTION_${type.shortName}.${key}`);
    const kerberos = own('KrbHostFQDN') !== '' || own('KrbServiceName') !== '';
    // The preview cannot know whether a password is stored (it is never returned), so it
    // assumes one with a user name — AuthMech=3, the usual case — and masks it.
    const auth = kerberos ? '1' : i.username !== '' ? `3;UID=${i.username};PWD=${SECRET_MASK}` : '0';
    const port = isEmpty(i.port) ? String(type.defaultPort ?? '') : i.port;
    return `${prefix}${i.hostname}:${port}/${i.databaseName || 'default'};AuthMech=${auth}`;
  };
}

const mysqlLike = (scheme: string) => (i: UrlInputs) =>
  isEmpty(i.port) ? `jdbc:${scheme}://${i.hostname}/${i.databaseName}` : `jdbc:${scheme}://${hpd(i)}`;

/** Azure SQL DB's jdbcAuthMethod → what it adds; "SQL Server Authentication" (and anything else) adds nothing. */
const AZURE_AUTHENTICATION: ReadonlyMap<string, string> = new Map([
  ['Azure Active Directory - Password', 'authentication=ActiveDirectoryPassword;'],
  ['Azure Active Directory - Universal With MFA', 'authentication=ActiveDirectoryInteractive;'],
  ['Azure Active Directory - Integrated', 'Authentication=ActiveDirectoryIntegrated;'],
]);

export const URL_RULES = {
  // ----- server dialects --------------------------------------------------------------------
  generic: { url: (i) => i.customUrl, options: null },
  mysql: { url: mysqlLike('mysql'), options: QUERY },
  mariadb: { url: mysqlLike('mariadb'), options: QUERY },
  postgresql: { url: (i) => `jdbc:postgresql://${hpd(i)}`, options: QUERY },
  redshift: {
    url: (i) => `jdbc:redshift${isIamAuth(i) ? ':iam' : ''}://${hpd(i)}`,
    options: QUERY,
    addedOptions: (i) => {
      const method = attribute(i, 'jdbcAuthMethod');
      if (method === 'IAM Credentials') {
        return [['AccessKeyID', attribute(i, 'iamAccessKeyId')], ['SecretAccessKey', SECRET_MASK], ['SessionToken', SECRET_MASK]];
      }
      return method === 'Profile' ? [['Profile', attribute(i, 'iamProfileName')]] : [];
    },
  },
  oracle: {
    url: (i) => {
      const { hostname: host, port, databaseName: db } = i;
      // Every access type but native takes the OCI branch (JNDI never gets here).
      if (i.accessType !== 'NATIVE') {
        if (isEmpty(db)) return null; // "at least the database name must be specified"
        return !isEmpty(host) && !isEmpty(port)
          ? `jdbc:oracle:oci:@(description=(address=(host=${host})(protocol=tcp)(port=${port}))(connect_data=(sid=${db})))`
          : `jdbc:oracle:oci:@${db}`;
      }
      // ':SID' and '/service' are written after host:port as they are.
      if (db.startsWith('/') || db.startsWith(':')) return `jdbc:oracle:thin:@${host}:${port}${db}`;
      // No port: the database field is a whole TNS descriptor (RAC, failover…).
      if (isEmpty(port) || port === '-1' || port === '0') return `jdbc:oracle:thin:@${db}`;
      return `jdbc:oracle:thin:@${host}:${port}:${db}`;
    },
    options: null,
  },
  jtds: {
    url: (i) => `jdbc:jtds:sqlserver://${hpd(i)}`,
    options: SEMICOLONS,
    // setSQLServerInstance stores `MSSQL.instance`, so it reaches the URL only under that prefix.
    addedOptions: (i, type) => (type.shortName === 'MSSQL' && i.sqlServerInstance !== '' ? [['instance', i.sqlServerInstance]] : []),
  },
  mssqlNative: {
    // An attribute that is present is written as it is; absent means false.
    url: (i) =>
      `jdbc:sqlserver://${i.hostname}:${i.port};databaseName=${i.databaseName};integratedSecurity=${i.attributes.MSSQLUseIntegratedSecurity ?? 'false'}`,
    options: SEMICOLONS,
  },
  azureSqlDb: {
    url: (i) => {
      let url = `jdbc:sqlserver://${i.hostname}:${i.port};database=${i.databaseName};encrypt=true;trustServerCertificate=false;hostNameInCertificate=*.database.windows.net;loginTimeout=30;`;
      if (attribute(i, 'azureAlwaysEncryptionEnabled') === 'true') {
        url += `columnEncryptionSetting=Enabled;keyVaultProviderClientId=${attribute(i, 'azureClientSecretId')};keyVaultProviderClientKey=${SECRET_MASK};`;
      }
      return url + (AZURE_AUTHENTICATION.get(attribute(i, 'jdbcAuthMethod')) ?? '');
    },
    options: SEMICOLONS,
  },
  db2: { url: (i) => `jdbc:db2://${hpd(i)}`, options: { indicator: ':', separator: ';' } },
  vertica: { url: (i) => `jdbc:vertica://${hpd(i)}`, options: QUERY },
  snowflake: {
    url: (i) => `jdbc:snowflake://${i.hostname}:${i.port}/?db=${i.databaseName}&warehouse=${attribute(i, 'warehouse')}`,
    options: { indicator: ';', separator: '&' },
  },
  // `h2://`, not `tcp://`: the dialect's spelling (Kettle's H2 meta uses tcp://).
  h2: { url: (i) => (embedded(i) ? `jdbc:h2:${i.databaseName}` : `jdbc:h2:h2://${hpd(i)}`), options: SEMICOLONS },
  hypersonic: { url: (i) => (embedded(i) ? `jdbc:hsqldb:${i.databaseName}` : `jdbc:hsqldb:hsql://${hpd(i)}`), options: SEMICOLONS },
  monetdb: { url: (i) => (embedded(i) ? `jdbc:monetdb:${i.databaseName}` : `jdbc:monetdb://${hpd(i)}`), options: SEMICOLONS },
  informix: {
    url: (i) => `jdbc:informix-sqli://${hpd(i)}:INFORMIXSERVER=${i.informixServername};DELIMIDENT=Y`,
    options: SEMICOLONS,
  },
  teradata: {
    url: (i) => {
      let url = `jdbc:teradata://${i.hostname}`;
      if (!isEmpty(i.databaseName)) url += `/DATABASE=${i.databaseName}`;
      if (!isEmpty(i.port)) url += `${isEmpty(i.databaseName) ? '/' : ','}DBS_PORT=${i.port}`;
      return url;
    },
    // The dialect looks for its indicator `/`, which `jdbc:teradata://` always contains: every option follows a `,`.
    options: { indicator: '/', separator: ',', unlessUrlHas: '/' },
  },
  bigquery: {
    url: (i) =>
      `jdbc:bigquery://${i.hostname}:${isEmpty(i.port) ? '443' : i.port};${isEmpty(i.databaseName) ? '' : `ProjectId=${i.databaseName}`};`,
    options: { indicator: '', separator: ';' },
  },
  pdi: {
    url: (i) => {
      const path = i.options.some((o) => o.name === 'webappname') ? 'kettle' : `${i.databaseName}/kettle`;
      return isEmpty(i.port) ? `jdbc:pdi://${i.hostname}/${path}` : `jdbc:pdi://${i.hostname}:${i.port}/${path}`;
    },
    options: QUERY,
  },
  odbc: { url: (i) => `jdbc:odbc:${i.databaseName}`, options: SEMICOLONS },
  hive: { url: (i) => `jdbc:hive://${hpd(i)}`, options: SEMICOLONS },
  hive2: { url: (i) => `jdbc:hive2://${hpd(i)}`, options: SEMICOLONS },
  impala: {
    url: (i, type) => {
      const key = `${type.shortName}.principal`;
      const principal = i.options.some((o) => o.name === 'principal') || `EXTRA_OPTION_${key}` in i.attributes;
      return `jdbc:hive2://${hpd(i)};impala_db=true${principal ? '' : ';auth=noSasl'}`;
    },
    options: SEMICOLONS,
  },
  hive2Simba: { url: simba('jdbc:hive2://'), options: SEMICOLONS },
  impalaSimba: { url: simba('jdbc:impala://'), options: SEMICOLONS },
  sparkSimba: { url: simba('jdbc:spark://'), options: SEMICOLONS },

  // ----- Kettle-only types (Kettle metas; options as the dialects append them) -----------------
  as400: { url: (i) => `jdbc:as400://${i.hostname}/${i.databaseName}`, options: SEMICOLONS },
  cache: { url: (i) => `jdbc:Cache://${hpd(i)}`, options: SEMICOLONS },
  exasol: { url: (i) => `jdbc:exa:${i.hostname}:${i.port}`, options: SEMICOLONS },
  extendb: { url: (i) => `jdbc:xdb://${hpd(i)}`, options: SEMICOLONS },
  firebird: { url: (i) => `jdbc:firebirdsql://${hpd(i)}`, options: QUERY },
  sqlbase: { url: (i) => `jdbc:sqlbase://${hpd(i)}`, options: SEMICOLONS },
  ingres: { url: (i) => `jdbc:ingres://${hpd({ ...i, port: isEmpty(i.port) ? 'II7' : i.port })}`, options: SEMICOLONS },
  vectorwise: {
    url: (i) => `jdbc:ingres://${hpd({ ...i, port: isEmpty(i.port) || i.port === '-1' ? 'VW7' : i.port })}`,
    options: SEMICOLONS,
  },
  interbase: { url: (i) => `jdbc:interbase://${hpd(i)}`, options: SEMICOLONS },
  kingbase: { url: (i) => `jdbc:kingbase://${hpd(i)}`, options: QUERY },
  luciddb: {
    url: (i) => `jdbc:luciddb:http://${i.hostname}${portNumber(i.port) > 0 ? `:${i.port}` : ''}`,
    options: SEMICOLONS,
  },
  mondrian: { url: (i) => `jdbc:mondrian:Datasource=jdbc/${i.databaseName};Catalog=${i.hostname}`, options: SEMICOLONS, underJndi: true },
  neoview: {
    url: (i) => `jdbc:hpt4jdbc://${i.hostname}:${i.port}/:${i.databaseName.includes('=') ? '' : 'schema='}${i.databaseName}`,
    options: SEMICOLONS,
  },
  netezza: { url: (i) => `jdbc:netezza://${hpd(i)}`, options: QUERY },
  oracleRdb: { url: (i) => `jdbc:rdbThin://${hpd(i)}`, options: SEMICOLONS },
  sapdb: { url: (i) => `jdbc:sapdb://${i.hostname}/${i.databaseName}`, options: SEMICOLONS },
  sqlite: { url: (i) => `jdbc:sqlite:${i.databaseName}`, options: SEMICOLONS },
  sybase: { url: (i) => `jdbc:jtds:sybase://${hpd(i)}`, options: SEMICOLONS },
  sybaseIq: { url: (i) => `jdbc:sybase:Tds:${hpd(i)}`, options: SEMICOLONS },
  universe: { url: (i) => `jdbc:ibm-u2://${i.hostname}/${i.databaseName}`, options: SEMICOLONS },
  databricks: {
    url: (i) => {
      const httpPath = i.attributes.HTTP_PATH;
      if (httpPath === undefined) return null; // a mandatory attribute
      let url = `jdbc:databricks://${i.hostname}${i.port.trim() === '' ? '' : `:${i.port}`};httpPath=${httpPath}`;
      // Any AUTH_METHOD other than "Credentials" means the token.
      if (i.attributes.AUTH_METHOD !== 'Credentials') url += `;AuthMech=3;UID=token;PWD=${SECRET_MASK}`;
      return i.databaseName.trim() === '' ? url : `${url};ConnCatalog=${i.databaseName}`;
    },
    options: SEMICOLONS,
  },
  athena: {
    // Missing attributes as Kettle's dialog fills them in.
    url: (i) => {
      const a = (key: string, fallback: string) => i.attributes[key] ?? fallback;
      const authType = a('AUTH_TYPE', 'DefaultChain');
      const profile = authType === 'ProfileCredentials' ? `;ProfileName=${a('PROFILE_NAME', '')}` : '';
      return `jdbc:athena://;WorkGroup=${a('WORKGROUP', 'primary')};Region=${a('REGION', 'us-east-1')};Catalog=${a('CATALOG', 'AwsDataCatalog')};Database=${i.databaseName};OutputLocation=${a('OUTPUT_LOCATION', '')};CredentialsProvider=${authType}${profile}`;
    },
    options: SEMICOLONS,
  },

  // ----- Datafor-only types: NOT FROM PENTAHO, the drivers' documented forms -----------------
  clickhouse: { url: (i) => `jdbc:clickhouse://${hpd(i)}`, options: QUERY },
  hana: { url: (i) => `jdbc:sap://${i.hostname}:${i.port}/?databaseName=${i.databaseName}`, options: QUERY },
  duckdb: { url: (i) => `jdbc:duckdb:${i.databaseName}`, options: null },
  none: { url: () => null, options: null },
} satisfies Record<JdbcUrlShape, UrlRule>;

function isIamAuth(i: UrlInputs): boolean {
  const method = i.attributes.jdbcAuthMethod;
  return method === 'IAM Credentials' || method === 'Profile';
}

/**
 * The URL for the settings, '' when there is none: JNDI and plugin connections are looked up
 * by name, and some types need settings that are missing.
 */
export function buildJdbcUrl(inputs: UrlInputs, type: TypeFacts): string {
  const rule: UrlRule = URL_RULES[type.urlShape];
  // A type the catalogue lacks: its rule is unknown, so no URL rather than a guessed one.
  if (type.urlShape === 'none') return '';
  if ((inputs.accessType === 'JNDI' && !rule.underJndi) || inputs.accessType === 'PLUGIN') return '';
  // Pentaho 9.3's dialects wrote every ODBC connection as `jdbc:odbc:<DSN>`; OCI is Oracle's rule.
  const url = inputs.accessType === 'ODBC' ? `jdbc:odbc:${inputs.databaseName}` : rule.url(inputs, type);
  if (url === null) return '';
  if (!rule.options) return url;
  // A row without a name cannot be saved (validation refuses it), so it is not shown either.
  const options: [string, string][] = inputs.options.filter((o) => o.name !== '').map((o) => [o.name, o.value]);
  for (const [name, value] of rule.addedOptions?.(inputs, type) ?? []) put(options, name, value);
  return appendOptions(url, options, rule.options);
}
