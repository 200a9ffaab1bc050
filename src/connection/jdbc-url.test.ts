import { describe, expect, it } from 'vitest';
import { findDatabaseType, resolveDatabaseType } from './catalogue';
import { toFormValues } from './convert';
import type { ConnectionFormValues } from './form';
import { buildJdbcUrl } from './jdbc-url';
import { wireConnectionSchema } from './wire';
import { FOODMART2_DOCUMENTED_BODY as foodmart2Body } from './documented-example';

const foodmart2 = wireConnectionSchema.parse(foodmart2Body);
const base: ConnectionFormValues = { ...toFormValues(foodmart2, []), password: 'p@ss-w0rd!' };

function url(shortName: string, changes: Partial<ConnectionFormValues> = {}): string {
  const type = findDatabaseType(shortName);
  if (!type) throw new Error(shortName);
  return buildJdbcUrl({ ...base, databaseTypeShortName: shortName, ...changes }, type);
}

const twoOptions = [
  { name: 'a', value: '1' },
  { name: 'b', value: '2' },
];

describe('buildJdbcUrl', () => {
  it('PostgreSQL: the example connection, options after ? joined by &', () => {
    const pg = resolveDatabaseType('POSTGRESQL', foodmart2.databaseType);
    expect(buildJdbcUrl(base, pg)).toBe('jdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai');
    expect(url('POSTGRESQL', { options: [] })).toBe('jdbc:postgresql://127.0.0.1:25432/foodmart');
    expect(url('GREENPLUM', { options: twoOptions })).toBe('jdbc:postgresql://127.0.0.1:25432/foodmart?a=1&b=2');
  });

  it('never contains the password', () => {
    for (const shortName of ['POSTGRESQL', 'MYSQL', 'ORACLE', 'MSSQLNative', 'DB2', 'SNOWFLAKEHV', 'H2', 'GENERIC']) {
      expect(url(shortName, { customUrl: 'jdbc:x://h/db' })).not.toContain('p@ss-w0rd!');
    }
  });

  it('MySQL and MariaDB: port optional in the URL', () => {
    expect(url('MYSQL', { hostname: 'h', port: '3306', databaseName: 'd', options: twoOptions })).toBe('jdbc:mysql://h:3306/d?a=1&b=2');
    expect(url('MARIADB', { hostname: 'h', port: '', databaseName: 'd', options: [] })).toBe('jdbc:mariadb://h/d');
  });

  it('Oracle: SID, /service, and TNS descriptor when the port is empty; no options in the URL', () => {
    const oracle = { hostname: 'ora', port: '1521', options: twoOptions };
    expect(url('ORACLE', { ...oracle, databaseName: 'ORCL' })).toBe('jdbc:oracle:thin:@ora:1521:ORCL');
    expect(url('ORACLE', { ...oracle, databaseName: '/sales.example.com' })).toBe('jdbc:oracle:thin:@ora:1521/sales.example.com');
    const tns = '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=s)))';
    expect(url('ORACLE', { ...oracle, port: '', databaseName: tns })).toBe(`jdbc:oracle:thin:@${tns}`);
  });

  it('SQL Server: jTDS and native shapes, options after ;', () => {
    const ms = { hostname: 'sql', port: '1433', databaseName: 'dw', options: twoOptions, sqlServerInstance: '' };
    expect(url('MSSQL', ms)).toBe('jdbc:jtds:sqlserver://sql:1433/dw;a=1;b=2');
    expect(url('MSSQLNative', ms)).toBe('jdbc:sqlserver://sql:1433;databaseName=dw;integratedSecurity=false;a=1;b=2');
    expect(url('MSSQLNative', { ...ms, options: [], sqlServerInstance: 'SQLEXPRESS' })).toBe(
      'jdbc:sqlserver://sql\\SQLEXPRESS:1433;databaseName=dw;integratedSecurity=false',
    );
  });

  it('DB2: options after : each ending in ;', () => {
    expect(url('DB2', { hostname: 'h', port: '50000', databaseName: 'd', options: twoOptions })).toBe('jdbc:db2://h:50000/d:a=1;b=2;');
    expect(url('DB2', { hostname: 'h', port: '50000', databaseName: 'd', options: [] })).toBe('jdbc:db2://h:50000/d');
  });

  it('Vertica, Redshift, Snowflake, H2', () => {
    const common = { hostname: 'h', databaseName: 'd', options: twoOptions };
    expect(url('VERTICA5', { ...common, port: '5433' })).toBe('jdbc:vertica://h:5433/d?a=1&b=2');
    expect(url('REDSHIFT', { ...common, port: '5439' })).toBe('jdbc:redshift://h:5439/d?a=1&b=2');
    expect(url('SNOWFLAKEHV', { ...common, port: '443' })).toBe('jdbc:snowflake://h:443/?db=d&a=1&b=2');
    const snowflake = findDatabaseType('SNOWFLAKEHV');
    if (!snowflake) throw new Error('SNOWFLAKEHV');
    expect(buildJdbcUrl({ ...base, ...common, options: [], port: '443' }, snowflake, { warehouse: 'WH' })).toBe('jdbc:snowflake://h:443/?db=d&warehouse=WH');
    expect(url('H2', { ...common, hostname: '', port: '' })).toBe('jdbc:h2:d;a=1;b=2');
    expect(url('H2', { ...common, port: '9092', options: [] })).toBe('jdbc:h2:tcp://h:9092/d');
  });

  it('skips option rows without a name', () => {
    expect(url('POSTGRESQL', { options: [{ name: '', value: 'x' }, { name: 'ssl', value: 'true' }] })).toBe(
      'jdbc:postgresql://127.0.0.1:25432/foodmart?ssl=true',
    );
  });

  it('Generic shows its custom URL verbatim', () => {
    expect(url('GENERIC', { customUrl: 'jdbc:sqlite:/tmp/a.db?x=1', options: twoOptions })).toBe('jdbc:sqlite:/tmp/a.db?x=1');
  });

  it('other access types: no URL for JNDI, the ODBC and OCI forms', () => {
    expect(url('POSTGRESQL', { accessType: 'JNDI', databaseName: 'jdbc/sales' })).toBe('');
    expect(url('POSTGRESQL', { accessType: 'ODBC', databaseName: 'SalesDSN' })).toBe('jdbc:odbc:SalesDSN');
    expect(url('ORACLE', { accessType: 'OCI', databaseName: 'ORCL' })).toBe('jdbc:oracle:oci:@ORCL');
  });

  it('a type without a known URL shape gives no URL', () => {
    const future = resolveDatabaseType('FUTUREDB', { name: 'FutureDB', shortName: 'FUTUREDB' });
    expect(buildJdbcUrl(base, future)).toBe('');
    expect(url('MONGODB')).toBe('');
  });

  it('shapes of Datafor’s newer types', () => {
    const common = { hostname: 'h', databaseName: 'd', options: [{ name: 'k', value: 'v' }] };
    expect(url('CLICKHOUSE', { ...common, port: '8123' })).toBe('jdbc:clickhouse://h:8123/d?k=v');
    expect(url('HIVE2', { ...common, port: '10000' })).toBe('jdbc:hive2://h:10000/d;k=v');
    expect(url('IMPALASIMBA', { ...common, port: '21050' })).toBe('jdbc:impala://h:21050/d;k=v');
    expect(url('HANA', { ...common, port: '30015' })).toBe('jdbc:sap://h:30015/?databaseName=d&k=v');
    expect(url('TIDB', { ...common, port: '4000' })).toBe('jdbc:mysql://h:4000/d?k=v');
    expect(url('DUCKDB', { ...common, hostname: '', port: '', databaseName: '/data/x.duckdb' })).toBe('jdbc:duckdb:/data/x.duckdb');
    expect(url('INFORMIX', { ...common, port: '1526', informixServername: 'ol', options: [] })).toBe(
      'jdbc:informix-sqli://h:1526/d:INFORMIXSERVER=ol;DELIMIDENT=Y',
    );
  });
});
