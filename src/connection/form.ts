/**
 * The connection as the form edits it ("form" model). It never contains wire shapes such as
 * `"0": "KEY"` order maps or prefixed option keys; `convert.ts` translates both ways.
 *
 * OWNERSHIP: the types below are the contract between the domain layer (convert.ts,
 * validation) and the UI (editor/). Change them only together with both sides.
 */
import type { AccessType } from './wire';

export interface OptionRow {
  /** Option name without the `SHORTNAME.` prefix. */
  name: string;
  value: string;
}

export interface PoolParameterRow {
  /** DBCP parameter name, e.g. `maxActive`. */
  name: string;
  /** Switched on: sent in `connectionPoolingProperties`. */
  enabled: boolean;
  /** Kept while switched off, so toggling back restores it. */
  value: string;
  /** Default shown greyed while off; from `poolingParameters`, '' when unknown. */
  defaultValue: string;
  /** One-line description from `poolingParameters`, '' for parameters only the connection has. */
  description: string;
}

export interface ConnectionFormValues {
  name: string;
  hostname: string;
  /** The database name, or the JNDI name when `accessType` is JNDI. */
  databaseName: string;
  /** Kept as typed; validated as an integer 1–65535 where the type needs one. */
  port: string;
  username: string;
  /** '' keeps the stored password (the server never returns it). */
  password: string;
  /** `databaseType.shortName`; a type the catalogue lacks keeps the server's object. */
  databaseTypeShortName: string;
  accessType: AccessType;
  /** `attributes.driverId`. */
  driverId: string;
  /** Generic database only: `attributes.CUSTOM_URL` and `attributes.CUSTOM_DRIVER_CLASS`. */
  customUrl: string;
  customDriverClass: string;
  options: OptionRow[];
  usingConnectionPool: boolean;
  poolParameters: PoolParameterRow[];
  connectSql: string;
  quoteAllFields: boolean;
  forcingIdentifiersToLowerCase: boolean;
  forcingIdentifiersToUpperCase: boolean;
  sqlServerInstance: string;
  usingDoubleDecimalAsSchemaTableSeparator: boolean;
  dataTablespace: string;
  indexTablespace: string;
  informixServername: string;
  streamingResults: boolean;
}
