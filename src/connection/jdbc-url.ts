/**
 * The JDBC URL the form's settings produce, for the preview. Pure, and it never reads the
 * password: the preview is shown and copied, so it must not carry a secret.
 *
 * Shapes are those of CONTRACT.md (Pentaho dialects); the shapes of Datafor's newer types
 * (ClickHouse, Hive 2, Impala, HANA, BigQuery, DuckDB, Informix) follow their drivers'
 * documented URL forms and Pentaho's dialects, not the contract.
 *
 * Access types other than native JDBC: JNDI and plugin connections have no URL of their own
 * ('' — the UI shows the JNDI name instead), ODBC is `jdbc:odbc:DSN`, OCI `jdbc:oracle:oci:@DB`.
 */
import type { DatabaseTypeEntry } from './catalogue';
import type { ConnectionFormValues, OptionRow } from './form';

/** Values the URL needs that the form model does not carry (attributes it does not edit). */
export interface JdbcUrlExtras {
  /** Snowflake `attributes.warehouse`. */
  warehouse?: string | null;
}

type UrlInputs = Pick<
  ConnectionFormValues,
  'hostname' | 'port' | 'databaseName' | 'accessType' | 'customUrl' | 'options' | 'sqlServerInstance' | 'informixServername'
>;

function pairs(options: readonly OptionRow[]): string[] {
  return options.filter((o) => o.name !== '').map((o) => `${o.name}=${o.value}`);
}

/** `?a=1&b=2` style. */
function query(options: readonly OptionRow[]): string {
  const p = pairs(options);
  return p.length > 0 ? `?${p.join('&')}` : '';
}

/** `;a=1;b=2` style. */
function semicolons(options: readonly OptionRow[]): string {
  return pairs(options)
    .map((p) => `;${p}`)
    .join('');
}

function hostPort(host: string, port: string): string {
  return port === '' ? host : `${host}:${port}`;
}

export function buildJdbcUrl(form: UrlInputs, type: DatabaseTypeEntry, extras: JdbcUrlExtras = {}): string {
  const host = form.hostname.trim();
  const port = form.port.trim();
  const db = form.databaseName.trim();
  const { options } = form;

  if (form.accessType === 'JNDI' || form.accessType === 'PLUGIN') return '';
  if (form.accessType === 'ODBC') return `jdbc:odbc:${db}`;
  if (form.accessType === 'OCI') return `jdbc:oracle:oci:@${db}`;

  switch (type.urlShape) {
    case 'generic':
      return form.customUrl;
    case 'postgresql':
    case 'vertica':
    case 'redshift':
    case 'clickhouse':
    case 'mysql':
    case 'mariadb': {
      const scheme = type.urlShape === 'vertica' ? 'vertica' : type.urlShape === 'redshift' ? 'redshift' : type.urlShape === 'clickhouse' ? 'clickhouse' : type.urlShape;
      return `jdbc:${scheme}://${hostPort(host, port)}/${db}${query(options)}`;
    }
    case 'oracle':
      // No port: databaseName is a TNS descriptor (or alias). '/service' names a service, else a SID.
      if (port === '') return `jdbc:oracle:thin:@${db}`;
      if (db.startsWith('/')) return `jdbc:oracle:thin:@${host}:${port}${db}`;
      return `jdbc:oracle:thin:@${host}:${port}:${db}`;
    case 'jtds':
      return `jdbc:jtds:sqlserver://${hostPort(host, port)}/${db}${semicolons(options)}`;
    case 'sqlserver': {
      const instance = form.sqlServerInstance.trim();
      const server = instance === '' ? host : `${host}\\${instance}`;
      return `jdbc:sqlserver://${hostPort(server, port)};databaseName=${db};integratedSecurity=false${semicolons(options)}`;
    }
    case 'db2': {
      const p = pairs(options);
      return `jdbc:db2://${hostPort(host, port)}/${db}${p.length > 0 ? `:${p.map((x) => `${x};`).join('')}` : ''}`;
    }
    case 'snowflake': {
      const warehouse = extras.warehouse ? `&warehouse=${extras.warehouse}` : '';
      const p = pairs(options);
      return `jdbc:snowflake://${hostPort(host, port)}/?db=${db}${warehouse}${p.map((x) => `&${x}`).join('')}`;
    }
    case 'h2':
      return host === '' ? `jdbc:h2:${db}${semicolons(options)}` : `jdbc:h2:tcp://${hostPort(host, port)}/${db}${semicolons(options)}`;
    case 'informix': {
      const server = form.informixServername.trim();
      return `jdbc:informix-sqli://${hostPort(host, port)}/${db}:INFORMIXSERVER=${server};DELIMIDENT=Y${semicolons(options)}`;
    }
    case 'hive2':
      return `jdbc:hive2://${hostPort(host, port)}/${db}${semicolons(options)}`;
    case 'impala':
      return `jdbc:impala://${hostPort(host, port)}/${db}${semicolons(options)}`;
    case 'hana':
      return `jdbc:sap://${hostPort(host, port)}/?databaseName=${db}${pairs(options).map((x) => `&${x}`).join('')}`;
    case 'bigquery':
      return `jdbc:bigquery://${hostPort(host, port)};ProjectId=${db}${semicolons(options)}`;
    case 'duckdb':
      return `jdbc:duckdb:${db}`;
    case 'none':
      return '';
  }
}
