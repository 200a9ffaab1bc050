/**
 * One test per URL rule, with the shapes of pentaho-connection-facts.md (§1a server dialects,
 * §1b Kettle metas) as examples.
 */
import { describe, expect, it } from 'vitest';
import { DATABASE_TYPES, findDatabaseType, resolveDatabaseType, type DatabaseTypeEntry } from './catalogue';
import { toFormValues } from './convert';
import { FOODMART2_DOCUMENTED_BODY as foodmart2Body } from './documented-example';
import { buildJdbcUrl, SECRET_MASK, URL_RULES, type UrlInputs } from './jdbc-url';
import { wireConnectionSchema } from './wire';

function mustFind(shortName: string): DatabaseTypeEntry {
  const entry = findDatabaseType(shortName);
  if (!entry) throw new Error(`catalogue lacks ${shortName}`);
  return entry;
}

const BLANK: UrlInputs = {
  accessType: 'NATIVE',
  hostname: '',
  port: '',
  databaseName: '',
  username: '',
  options: [],
  customUrl: '',
  sqlServerInstance: '',
  informixServername: '',
  attributes: {},
};

/** host H, port P, database DB unless overridden. */
function url(shortName: string, inputs: Partial<UrlInputs> = {}): string {
  return buildJdbcUrl({ ...BLANK, hostname: 'H', port: 'P', databaseName: 'DB', ...inputs }, mustFind(shortName));
}

const opts = (...pairs: [string, string][]) => pairs.map(([name, value]) => ({ name, value }));
const TWO = opts(['a', '1'], ['b', '2']);

describe('options (getURLWithExtraOptions)', () => {
  it('the example connection: its own options only, after ? joined by &', () => {
    const wire = wireConnectionSchema.parse({
      ...foodmart2Body,
      extraOptions: { ...foodmart2Body.extraOptions, 'MYSQL.useSSL': 'false', 'POSTGRESQ.x': '1', 'postgresql.y': '2' },
    });
    const form = toFormValues(wire, []);
    const inputs: UrlInputs = { ...form, attributes: {} };
    expect(buildJdbcUrl(inputs, resolveDatabaseType('POSTGRESQL', wire.databaseType))).toBe(
      'jdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai',
    );
  });

  it('an empty value is written as the bare key; a row without a name is left out', () => {
    expect(url('POSTGRESQL', { options: opts(['ssl', ''], ['', 'x'], ['sslmode', 'require']) })).toBe(
      'jdbc:postgresql://H:P/DB?ssl&sslmode=require',
    );
  });

  it('the first option takes the separator when the URL already has an =', () => {
    expect(url('MSSQLNative', { options: TWO })).toBe('jdbc:sqlserver://H:P;databaseName=DB;integratedSecurity=false;a=1;b=2');
    expect(url('POSTGRESQL', { databaseName: 'a=b', options: TWO })).toBe('jdbc:postgresql://H:P/a=b&a=1&b=2');
  });

  it('${VAR} values pass through as they are', () => {
    expect(url('POSTGRESQL', { hostname: '${DB_HOST}', port: '${DB_PORT}', databaseName: '${DB}', options: opts(['ssl', '${SSL}']) })).toBe(
      'jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB}?ssl=${SSL}',
    );
    expect(url('H2', { hostname: '${H}', port: '${P}' })).toBe('jdbc:h2:h2://${H}:${P}/DB');
  });
});

describe('server dialect rules (facts §1a)', () => {
  it('generic: CUSTOM_URL verbatim, never options', () => {
    expect(url('GENERIC', { customUrl: 'jdbc:sqlite:/tmp/a.db?x=1', options: TWO })).toBe('jdbc:sqlite:/tmp/a.db?x=1');
    expect(url('GENERIC')).toBe('');
  });

  it('mysql / mariadb: H:P/DB, or H/DB when the port is empty; options ? and &', () => {
    expect(url('MYSQL', { options: TWO })).toBe('jdbc:mysql://H:P/DB?a=1&b=2');
    expect(url('MYSQL', { port: '' })).toBe('jdbc:mysql://H/DB');
    expect(url('MARIADB', { options: TWO })).toBe('jdbc:mariadb://H:P/DB?a=1&b=2');
    expect(url('MARIADB', { port: '' })).toBe('jdbc:mariadb://H/DB');
  });

  it('postgresql: H:P/DB with the port always written', () => {
    expect(url('POSTGRESQL')).toBe('jdbc:postgresql://H:P/DB');
    expect(url('POSTGRESQL', { port: '' })).toBe('jdbc:postgresql://H:/DB');
  });

  it('redshift: jdbc:redshift:iam:// for IAM Credentials and Profile, with their options; secrets masked', () => {
    expect(url('REDSHIFT', { options: TWO })).toBe('jdbc:redshift://H:P/DB?a=1&b=2');
    expect(url('REDSHIFT', { attributes: { jdbcAuthMethod: 'Standard' } })).toBe('jdbc:redshift://H:P/DB');
    const iam = { jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIDEXAMPLE', iamSecretAccessKey: 'wJalrSECRET', iamSessionToken: 'FwoTOKEN' };
    const withIam = url('REDSHIFT', { attributes: iam, options: opts(['ssl', 'true']) });
    expect(withIam).toBe(`jdbc:redshift:iam://H:P/DB?ssl=true&AccessKeyID=AKIDEXAMPLE&SecretAccessKey=${SECRET_MASK}&SessionToken=${SECRET_MASK}`);
    expect(withIam).not.toMatch(/wJalrSECRET|FwoTOKEN/);
    expect(url('REDSHIFT', { attributes: { jdbcAuthMethod: 'Profile', iamProfileName: 'analytics' } })).toBe(
      'jdbc:redshift:iam://H:P/DB?Profile=analytics',
    );
    // The dialect puts its options over a row of the same name, where the row stands.
    expect(url('REDSHIFT', { attributes: { jdbcAuthMethod: 'Profile' }, options: opts(['Profile', 'typed'], ['x', '1']) })).toBe(
      'jdbc:redshift:iam://H:P/DB?Profile&x=1',
    );
  });

  it('oracle: /service and :SID after host:port, TNS descriptor when the port is empty, -1 or 0, else SID; never options', () => {
    const o = { hostname: 'ora', port: '1521', options: TWO };
    expect(url('ORACLE', { ...o, databaseName: '/sales.example.com' })).toBe('jdbc:oracle:thin:@ora:1521/sales.example.com');
    expect(url('ORACLE', { ...o, databaseName: ':ORCL' })).toBe('jdbc:oracle:thin:@ora:1521:ORCL');
    expect(url('ORACLE', { ...o, databaseName: 'ORCL' })).toBe('jdbc:oracle:thin:@ora:1521:ORCL');
    const tns = '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=s)))';
    for (const port of ['', '-1', '0']) expect(url('ORACLE', { ...o, port, databaseName: tns })).toBe(`jdbc:oracle:thin:@${tns}`);
    // The / and : forms are checked first, whatever the port.
    expect(url('ORACLE', { ...o, port: '', databaseName: '/svc' })).toBe('jdbc:oracle:thin:@ora:/svc');
  });

  it('oracle OCI: the description form with host and port, else the shortcut; none without a database', () => {
    expect(url('ORACLE', { accessType: 'OCI', hostname: 'ora', port: '1521', databaseName: 'ORCL' })).toBe(
      'jdbc:oracle:oci:@(description=(address=(host=ora)(protocol=tcp)(port=1521))(connect_data=(sid=ORCL)))',
    );
    expect(url('ORACLE', { accessType: 'OCI', hostname: '', databaseName: 'ORCL' })).toBe('jdbc:oracle:oci:@ORCL');
    expect(url('ORACLE', { accessType: 'OCI', port: '', databaseName: 'ORCL' })).toBe('jdbc:oracle:oci:@ORCL');
    expect(url('ORACLE', { accessType: 'OCI', databaseName: '' })).toBe('');
  });

  it('jtds: port always written; instance as ;instance=X only for MSSQL', () => {
    expect(url('MSSQL', { options: TWO })).toBe('jdbc:jtds:sqlserver://H:P/DB;a=1;b=2');
    expect(url('MSSQL', { sqlServerInstance: 'SQLEXPRESS' })).toBe('jdbc:jtds:sqlserver://H:P/DB;instance=SQLEXPRESS');
    // Stored as MSSQL.instance, the option row and the field are one value: never twice.
    expect(url('MSSQL', { sqlServerInstance: 'B', options: opts(['instance', 'A'], ['x', '1']) })).toBe(
      'jdbc:jtds:sqlserver://H:P/DB;instance=B;x=1',
    );
    expect(url('MSSQL', { options: opts(['instance', 'A']) })).toBe('jdbc:jtds:sqlserver://H:P/DB;instance=A');
    expect(url('MSSQLNative', { sqlServerInstance: 'SQLEXPRESS' })).toBe('jdbc:sqlserver://H:P;databaseName=DB;integratedSecurity=false');
    expect(url('AZURESQLDB', { sqlServerInstance: 'SQLEXPRESS' })).not.toContain('SQLEXPRESS');
  });

  it('mssqlNative: integratedSecurity from MSSQLUseIntegratedSecurity, false when absent', () => {
    expect(url('MSSQLNative')).toBe('jdbc:sqlserver://H:P;databaseName=DB;integratedSecurity=false');
    expect(url('MSSQLNative', { attributes: { MSSQLUseIntegratedSecurity: 'true' } })).toBe(
      'jdbc:sqlserver://H:P;databaseName=DB;integratedSecurity=true',
    );
    expect(url('MSSQLNative', { attributes: { MSSQLUseIntegratedSecurity: 'false' } })).toBe(
      'jdbc:sqlserver://H:P;databaseName=DB;integratedSecurity=false',
    );
  });

  it('azureSqlDb: fixed encryption settings, always-encrypted with the client key masked, then the auth method', () => {
    const base = 'jdbc:sqlserver://H:P;database=DB;encrypt=true;trustServerCertificate=false;hostNameInCertificate=*.database.windows.net;loginTimeout=30;';
    expect(url('AZURESQLDB')).toBe(base);
    expect(url('AZURESQLDB', { attributes: { jdbcAuthMethod: 'SQL Server Authentication' } })).toBe(base);
    expect(url('AZURESQLDB', { attributes: { jdbcAuthMethod: 'Azure Active Directory - Password' } })).toBe(`${base}authentication=ActiveDirectoryPassword;`);
    expect(url('AZURESQLDB', { attributes: { jdbcAuthMethod: 'Azure Active Directory - Universal With MFA' } })).toBe(
      `${base}authentication=ActiveDirectoryInteractive;`,
    );
    expect(url('AZURESQLDB', { attributes: { jdbcAuthMethod: 'Azure Active Directory - Integrated' } })).toBe(
      `${base}Authentication=ActiveDirectoryIntegrated;`,
    );
    const encrypted = url('AZURESQLDB', {
      attributes: { azureAlwaysEncryptionEnabled: 'true', azureClientSecretId: 'client-1', azureClientSecretKey: 'kv-SECRET', jdbcAuthMethod: 'Azure Active Directory - Password' },
    });
    expect(encrypted).toBe(
      `${base}columnEncryptionSetting=Enabled;keyVaultProviderClientId=client-1;keyVaultProviderClientKey=${SECRET_MASK};authentication=ActiveDirectoryPassword;`,
    );
    expect(encrypted).not.toContain('kv-SECRET');
    expect(url('AZURESQLDB', { attributes: { azureAlwaysEncryptionEnabled: 'TRUE' } })).toBe(base);
    expect(url('AZURESQLDB', { attributes: { jdbcAuthMethod: 'constructor' } })).toBe(base);
    // The URL ends in ; and has an =, so options follow a second ;.
    expect(url('AZURESQLDB', { options: TWO })).toBe(`${base};a=1;b=2`);
  });

  it('db2: options after : then ;', () => {
    expect(url('DB2', { options: TWO })).toBe('jdbc:db2://H:P/DB:a=1;b=2');
    expect(url('DB2')).toBe('jdbc:db2://H:P/DB');
  });

  it('vertica: both Vertica types, options ? and &', () => {
    expect(url('VERTICA5', { options: TWO })).toBe('jdbc:vertica://H:P/DB?a=1&b=2');
    expect(url('VERTICA')).toBe('jdbc:vertica://H:P/DB');
  });

  it('snowflake: db and the warehouse attribute; options joined by &', () => {
    expect(url('SNOWFLAKEHV', { port: '443', attributes: { warehouse: 'WH' } })).toBe('jdbc:snowflake://H:443/?db=DB&warehouse=WH');
    expect(url('SNOWFLAKEHV', { port: '443', options: TWO })).toBe('jdbc:snowflake://H:443/?db=DB&warehouse=&a=1&b=2');
  });

  it('h2: embedded without a positive port or a host, else the dialect’s h2:// server form', () => {
    expect(url('H2', { options: TWO, port: '9092' })).toBe('jdbc:h2:h2://H:9092/DB;a=1;b=2');
    for (const port of ['', '-1', '0', 'x']) expect(url('H2', { port, databaseName: 'mem:test' })).toBe('jdbc:h2:mem:test');
    expect(url('H2', { hostname: '', port: '9092', databaseName: '~/data' })).toBe('jdbc:h2:~/data');
  });

  it('hypersonic and monetdb: embedded vs server the same way', () => {
    expect(url('HYPERSONIC', { port: '9001' })).toBe('jdbc:hsqldb:hsql://H:9001/DB');
    expect(url('HYPERSONIC', { port: '' })).toBe('jdbc:hsqldb:DB');
    expect(url('HYPERSONIC', { hostname: '', port: '9001' })).toBe('jdbc:hsqldb:DB');
    expect(url('MONETDB', { port: '50000' })).toBe('jdbc:monetdb://H:50000/DB');
    expect(url('MONETDB', { port: '-1' })).toBe('jdbc:monetdb:DB');
  });

  it('informix: INFORMIXSERVER and DELIMIDENT, options after ;', () => {
    expect(url('INFORMIX', { informixServername: 'ol_srv', options: TWO })).toBe(
      'jdbc:informix-sqli://H:P/DB:INFORMIXSERVER=ol_srv;DELIMIDENT=Y;a=1;b=2',
    );
  });

  it('teradata: /DATABASE= and DBS_PORT; every option after a comma', () => {
    expect(url('TERADATA', { port: '1025' })).toBe('jdbc:teradata://H/DATABASE=DB,DBS_PORT=1025');
    expect(url('TERADATA', { databaseName: '', port: '1025' })).toBe('jdbc:teradata://H/DBS_PORT=1025');
    expect(url('TERADATA', { port: '' })).toBe('jdbc:teradata://H/DATABASE=DB');
    expect(url('TERADATA', { databaseName: '', port: '' })).toBe('jdbc:teradata://H');
    expect(url('TERADATA', { port: '1025', options: TWO })).toBe('jdbc:teradata://H/DATABASE=DB,DBS_PORT=1025,a=1,b=2');
    expect(url('TERADATA', { databaseName: '', port: '', options: TWO })).toBe('jdbc:teradata://H,a=1,b=2');
  });

  it('bigquery: 443 when the port is empty, ProjectId from the database', () => {
    expect(url('GOOGLEBIGQUERY', { hostname: 'https://www.googleapis.com/bigquery/v2', port: '', databaseName: 'my-project' })).toBe(
      'jdbc:bigquery://https://www.googleapis.com/bigquery/v2:443;ProjectId=my-project;',
    );
    expect(url('GOOGLEBIGQUERY', { port: '8443', databaseName: '' })).toBe('jdbc:bigquery://H:8443;;');
    expect(url('GOOGLEBIGQUERY', { port: '443', options: TWO })).toBe('jdbc:bigquery://H:443;ProjectId=DB;;a=1;b=2');
    expect(url('GOOGLEBIGQUERY', { port: '443', databaseName: '', options: TWO })).toBe('jdbc:bigquery://H:443;;a=1;b=2');
  });

  it('pdi (Pentaho Data Services): DB/kettle, or kettle with a webappname option; no :P without a port', () => {
    expect(url('KettleThin', { port: '8080' })).toBe('jdbc:pdi://H:8080/DB/kettle');
    expect(url('KettleThin', { port: '' })).toBe('jdbc:pdi://H/DB/kettle');
    expect(url('KettleThin', { port: '8080', options: opts(['webappname', 'pentaho-di'], ['secure', 'true']) })).toBe(
      'jdbc:pdi://H:8080/kettle?webappname=pentaho-di&secure=true',
    );
  });

  it('odbc: MS Access, and every ODBC connection as Pentaho 9.3 built it', () => {
    expect(url('MSACCESS', { accessType: 'ODBC', databaseName: 'SalesDSN' })).toBe('jdbc:odbc:SalesDSN');
    expect(url('POSTGRESQL', { accessType: 'ODBC', databaseName: 'SalesDSN', options: TWO })).toBe('jdbc:odbc:SalesDSN?a=1&b=2');
  });

  it('hive and hive2: H:P/DB, options after ;', () => {
    expect(url('HIVE', { options: TWO })).toBe('jdbc:hive://H:P/DB;a=1;b=2');
    expect(url('HIVE2', { options: TWO })).toBe('jdbc:hive2://H:P/DB;a=1;b=2');
    expect(url('HIVEWAREHOUSE')).toBe('jdbc:hive2://H:P/DB');
  });

  it('impala: impala_db=true, and auth=noSasl unless a principal is configured', () => {
    expect(url('IMPALA', { port: '21050' })).toBe('jdbc:hive2://H:21050/DB;impala_db=true;auth=noSasl');
    expect(url('IMPALA', { port: '21050', options: opts(['principal', 'impala/_HOST@EXAMPLE.COM']) })).toBe(
      'jdbc:hive2://H:21050/DB;impala_db=true;principal=impala/_HOST@EXAMPLE.COM',
    );
    expect(url('IMPALA', { port: '21050', attributes: { 'EXTRA_OPTION_IMPALA.principal': 'p' } })).toBe('jdbc:hive2://H:21050/DB;impala_db=true');
  });

  it('Simba types: AuthMech from Kerberos options or the user name; default database and port; password masked', () => {
    expect(url('IMPALASIMBA', { port: '', databaseName: '' })).toBe('jdbc:impala://H:21050/default;AuthMech=0');
    expect(url('IMPALASIMBA', { port: '21051', username: 'etl' })).toBe(`jdbc:impala://H:21051/DB;AuthMech=3;UID=etl;PWD=${SECRET_MASK}`);
    expect(url('IMPALASIMBA', { username: 'etl', options: opts(['KrbHostFQDN', 'kdc.example'], ['SocketTimeout', '10']) })).toBe(
      'jdbc:impala://H:P/DB;AuthMech=1;KrbHostFQDN=kdc.example;SocketTimeout=10',
    );
    expect(url('SPARKSIMBA', { port: '' })).toBe('jdbc:spark://H:10015/DB;AuthMech=0');
    expect(url('HIVE2SIMBA', { port: '', attributes: { 'EXTRA_OPTION_HIVE2SIMBA.KrbServiceName': 'hive' } })).toBe(
      'jdbc:hive2://H:10000/DB;AuthMech=1',
    );
  });
});

describe('Kettle-only rules (facts §1b)', () => {
  it.each([
    ['AS/400', {}, 'jdbc:as400://H/DB'],
    ['CACHE', {}, 'jdbc:Cache://H:P/DB'],
    ['EXASOL4', {}, 'jdbc:exa:H:P'],
    ['EXTENDB', {}, 'jdbc:xdb://H:P/DB'],
    ['FIREBIRD', { options: TWO }, 'jdbc:firebirdsql://H:P/DB?a=1&b=2'],
    ['GREENPLUM', { options: TWO }, 'jdbc:postgresql://H:P/DB?a=1&b=2'],
    ['INFINIDB', {}, 'jdbc:mysql://H:P/DB'],
    ['INFOBRIGHT', { port: '' }, 'jdbc:mysql://H/DB'],
    ['SQLBASE', {}, 'jdbc:sqlbase://H:P/DB'],
    ['INGRES', { port: '' }, 'jdbc:ingres://H:II7/DB'],
    ['INGRES', { port: '21064' }, 'jdbc:ingres://H:21064/DB'],
    ['VECTORWISE', { port: '-1' }, 'jdbc:ingres://H:VW7/DB'],
    ['VECTORWISE', { port: '' }, 'jdbc:ingres://H:VW7/DB'],
    ['INTERBASE', {}, 'jdbc:interbase://H:P/DB'],
    ['KINGBASEES', { options: TWO }, 'jdbc:kingbase://H:P/DB?a=1&b=2'],
    ['LucidDB', { port: '8034' }, 'jdbc:luciddb:http://H:8034'],
    ['LucidDB', { port: '' }, 'jdbc:luciddb:http://H'],
    ['MONDRIAN', { accessType: 'JNDI', hostname: 'SalesCatalog', databaseName: 'sales' }, 'jdbc:mondrian:Datasource=jdbc/sales;Catalog=SalesCatalog'],
    ['NEOVIEW', {}, 'jdbc:hpt4jdbc://H:P/:schema=DB'],
    ['NEOVIEW', { databaseName: 'catalog=c;schema=s' }, 'jdbc:hpt4jdbc://H:P/:catalog=c;schema=s'],
    ['NETEZZA', { options: TWO }, 'jdbc:netezza://H:P/DB?a=1&b=2'],
    ['ORACLERDB', {}, 'jdbc:rdbThin://H:P/DB'],
    ['REMEDY-AR-SYSTEM', { accessType: 'ODBC', databaseName: 'ARS' }, 'jdbc:odbc:ARS'],
    ['SAPDB', {}, 'jdbc:sapdb://H/DB'],
    ['SQLITE', { databaseName: '/data/a.db' }, 'jdbc:sqlite:/data/a.db'],
    ['SYBASE', {}, 'jdbc:jtds:sybase://H:P/DB'],
    ['SYBASEIQ', {}, 'jdbc:sybase:Tds:H:P/DB'],
    ['UNIVERSE', {}, 'jdbc:ibm-u2://H/DB'],
  ] as const)('%s %j → %s', (shortName, inputs, expected) => {
    expect(url(shortName, inputs)).toBe(expected);
  });

  it('databricks: httpPath, the token masked unless AUTH_METHOD is Credentials, ConnCatalog from the database', () => {
    expect(url('DATABRICKS', { port: '443', attributes: { HTTP_PATH: '/sql/1.0/warehouses/abc', ACCESS_TOKEN: 'dapiSECRET' } })).toBe(
      `jdbc:databricks://H:443;httpPath=/sql/1.0/warehouses/abc;AuthMech=3;UID=token;PWD=${SECRET_MASK};ConnCatalog=DB`,
    );
    expect(url('DATABRICKS', { port: '', databaseName: '', attributes: { HTTP_PATH: '/p', AUTH_METHOD: 'Credentials' } })).toBe(
      'jdbc:databricks://H;httpPath=/p',
    );
    expect(url('DATABRICKS')).toBe('');
  });

  it('athena: attributes with Kettle’s defaults, ProfileName for ProfileCredentials', () => {
    expect(url('ATHENA', { attributes: { OUTPUT_LOCATION: 's3://out/' } })).toBe(
      'jdbc:athena://;WorkGroup=primary;Region=us-east-1;Catalog=AwsDataCatalog;Database=DB;OutputLocation=s3://out/;CredentialsProvider=DefaultChain',
    );
    expect(url('ATHENA', { attributes: { AUTH_TYPE: 'ProfileCredentials', PROFILE_NAME: 'bi', REGION: 'eu-west-1' } })).toBe(
      'jdbc:athena://;WorkGroup=primary;Region=eu-west-1;Catalog=AwsDataCatalog;Database=DB;OutputLocation=;CredentialsProvider=ProfileCredentials;ProfileName=bi',
    );
  });
});

describe('Datafor-only rules (not from Pentaho)', () => {
  it('keep today’s best knowledge', () => {
    const o = opts(['k', 'v']);
    expect(url('CLICKHOUSE', { options: o })).toBe('jdbc:clickhouse://H:P/DB?k=v');
    expect(url('HANA', { options: o })).toBe('jdbc:sap://H:P/?databaseName=DB&k=v');
    expect(url('TIDB', { options: o })).toBe('jdbc:mysql://H:P/DB?k=v');
    expect(url('DORIS')).toBe('jdbc:mysql://H:P/DB');
    expect(url('GAUSSDB', { options: o })).toBe('jdbc:postgresql://H:P/DB?k=v');
    expect(url('AZURESYNAPSE')).toBe('jdbc:sqlserver://H:P;databaseName=DB;integratedSecurity=false');
    expect(url('DUCKDB', { hostname: '', port: '', databaseName: '/data/x.duckdb', options: o })).toBe('jdbc:duckdb:/data/x.duckdb');
    expect(url('MONGODB')).toBe('');
    expect(url('INFLUXDB')).toBe('');
  });
});

describe('buildJdbcUrl', () => {
  it('JNDI and plugin connections have no URL', () => {
    expect(url('POSTGRESQL', { accessType: 'JNDI', databaseName: 'jdbc/sales' })).toBe('');
    expect(url('POSTGRESQL', { accessType: 'PLUGIN' })).toBe('');
  });

  it('a type the catalogue lacks gives no URL', () => {
    const future = resolveDatabaseType('FUTUREDB', { name: 'FutureDB', shortName: 'FUTUREDB' });
    expect(buildJdbcUrl({ ...BLANK, hostname: 'H', databaseName: 'DB' }, future)).toBe('');
  });

  it('every catalogue rule exists, and no URL ever shows a secret attribute', () => {
    const secrets = {
      iamSecretAccessKey: 'SECRET-1',
      iamSessionToken: 'SECRET-2',
      azureClientSecretKey: 'SECRET-3',
      ACCESS_TOKEN: 'SECRET-4',
      jdbcAuthMethod: 'IAM Credentials',
      azureAlwaysEncryptionEnabled: 'true',
      HTTP_PATH: '/p',
    };
    for (const type of DATABASE_TYPES) {
      expect(URL_RULES[type.urlShape], type.shortName).toBeDefined();
      for (const accessType of type.accessTypes) {
        const shown = buildJdbcUrl({ ...BLANK, accessType, hostname: 'H', port: '1', databaseName: 'DB', username: 'u', attributes: secrets }, type);
        expect(shown, `${type.shortName} ${accessType}`).not.toContain('SECRET');
      }
    }
  });
});
