/**
 * DBCP pool parameters as Pentaho/Datafor know them. The server's `poolingParameters`
 * endpoint is the source of truth at run time; this list is what the local API serves and
 * what tells the form each parameter's kind (for validation and the right input).
 */

export type PoolParameterKind = 'integer' | 'boolean' | 'isolation' | 'text';

export const TRANSACTION_ISOLATION_LEVELS = [
  'NONE',
  'READ_COMMITTED',
  'READ_UNCOMMITTED',
  'REPEATABLE_READ',
  'SERIALIZABLE',
] as const;

export interface PoolParameterDefinition {
  parameter: string;
  /** Pentaho's default, '' where DBCP has none. */
  defaultValue: string;
  kind: PoolParameterKind;
  description: string;
}

export const POOL_PARAMETERS: readonly PoolParameterDefinition[] = [
  { parameter: 'defaultAutoCommit', defaultValue: 'true', kind: 'boolean', description: 'The default auto-commit state of connections created by this pool.' },
  { parameter: 'defaultReadOnly', defaultValue: '', kind: 'boolean', description: 'The default read-only state of connections created by this pool.' },
  { parameter: 'defaultTransactionIsolation', defaultValue: '', kind: 'isolation', description: 'The default transaction isolation state of connections created by this pool (NONE, READ_COMMITTED, READ_UNCOMMITTED, REPEATABLE_READ, SERIALIZABLE).' },
  { parameter: 'defaultCatalog', defaultValue: '', kind: 'text', description: 'The default catalog of connections created by this pool.' },
  { parameter: 'initialSize', defaultValue: '0', kind: 'integer', description: 'The initial number of connections created when the pool is started.' },
  { parameter: 'maxActive', defaultValue: '8', kind: 'integer', description: 'The maximum number of active connections allocated at the same time; zero or less for no limit.' },
  { parameter: 'maxIdle', defaultValue: '8', kind: 'integer', description: 'The maximum number of connections that can remain idle without extra ones being released; negative for no limit.' },
  { parameter: 'minIdle', defaultValue: '0', kind: 'integer', description: 'The minimum number of connections that can remain idle without extra ones being created; zero to create none.' },
  { parameter: 'maxWait', defaultValue: '-1', kind: 'integer', description: 'Milliseconds the pool waits for a connection to be returned before throwing an exception; -1 waits forever.' },
  { parameter: 'validationQuery', defaultValue: '', kind: 'text', description: 'SQL query used to validate connections before returning them to the caller; must return at least one row.' },
  { parameter: 'testOnBorrow', defaultValue: 'true', kind: 'boolean', description: 'Validate objects before borrowing them from the pool; needs a validationQuery.' },
  { parameter: 'testOnReturn', defaultValue: 'false', kind: 'boolean', description: 'Validate objects before returning them to the pool.' },
  { parameter: 'testWhileIdle', defaultValue: 'false', kind: 'boolean', description: 'Validate objects in the idle-object evictor; failing ones are dropped from the pool.' },
  { parameter: 'timeBetweenEvictionRunsMillis', defaultValue: '', kind: 'integer', description: 'Milliseconds to sleep between runs of the idle-object evictor thread; non-positive runs none.' },
  { parameter: 'poolPreparedStatements', defaultValue: 'false', kind: 'boolean', description: 'Enable the prepared-statement pooling of this pool.' },
  { parameter: 'maxOpenPreparedStatements', defaultValue: '-1', kind: 'integer', description: 'The maximum number of open statements allocated from the statement pool at the same time; zero or less for no limit.' },
  { parameter: 'accessToUnderlyingConnectionAllowed', defaultValue: 'false', kind: 'boolean', description: 'Whether the pool guard may give access to the underlying connection.' },
  { parameter: 'removeAbandoned', defaultValue: 'false', kind: 'boolean', description: 'Remove abandoned connections when they exceed removeAbandonedTimeout.' },
  { parameter: 'removeAbandonedTimeout', defaultValue: '300', kind: 'integer', description: 'Seconds before an abandoned connection can be removed.' },
  { parameter: 'logAbandoned', defaultValue: 'false', kind: 'boolean', description: 'Log the stack trace of the code that abandoned a statement or connection.' },
];

/** The kind of a parameter by name; unknown parameters (stored but not listed) are free text. */
export function poolParameterKind(name: string): PoolParameterKind {
  return POOL_PARAMETERS.find((p) => p.parameter.toLowerCase() === name.toLowerCase())?.kind ?? 'text';
}

/**
 * Datafor's own dialog starts a new pool with these switched on (../shared/api/CONTRACT.md). Used when the
 * user turns pooling on for a connection that has no pool parameters stored at all.
 */
export const DATAFOR_NEW_POOL_DEFAULTS: Readonly<Record<string, string>> = {
  initialSize: '5',
  maxActive: '200',
  maxIdle: '20',
  minIdle: '5',
  validationQuery: 'select 1',
  testOnBorrow: 'true',
};
