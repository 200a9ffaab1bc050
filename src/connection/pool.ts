/**
 * DBCP pool parameters as Pentaho/Datafor know them. The server's `poolingParameters`
 * endpoint is the source of truth at run time; this list is what the local API serves and
 * what tells the form each parameter's kind (for validation and the right input).
 */
import { defineMessages } from '../i18n/messages';

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

/** Chinese descriptions for the listed parameters (the server's descriptions are English). */
export const poolParameterDescriptionsZh = defineMessages({
  defaultAutoCommit: { en: 'The default auto-commit state of connections created by this pool.', zh: '连接池所创建连接的默认自动提交状态。' },
  defaultReadOnly: { en: 'The default read-only state of connections created by this pool.', zh: '连接池所创建连接的默认只读状态。' },
  defaultTransactionIsolation: { en: 'The default transaction isolation level.', zh: '连接池所创建连接的默认事务隔离级别（NONE、READ_COMMITTED、READ_UNCOMMITTED、REPEATABLE_READ、SERIALIZABLE）。' },
  defaultCatalog: { en: 'The default catalog of connections created by this pool.', zh: '连接池所创建连接的默认 catalog。' },
  initialSize: { en: 'The initial number of connections created when the pool is started.', zh: '连接池启动时创建的初始连接数。' },
  maxActive: { en: 'The maximum number of active connections; zero or less for no limit.', zh: '同时分配的最大活动连接数；小于等于 0 表示不限制。' },
  maxIdle: { en: 'The maximum number of idle connections; negative for no limit.', zh: '可保持空闲而不被释放的最大连接数；负数表示不限制。' },
  minIdle: { en: 'The minimum number of idle connections.', zh: '可保持空闲而不再新建的最小连接数；0 表示不新建。' },
  maxWait: { en: 'Milliseconds to wait for a connection; -1 waits forever.', zh: '等待连接归还的最长毫秒数，超时抛出异常；-1 表示无限等待。' },
  validationQuery: { en: 'SQL query used to validate connections.', zh: '在把连接交给调用方之前用于校验连接的 SQL 查询，必须至少返回一行。' },
  testOnBorrow: { en: 'Validate connections before borrowing them; needs a validationQuery.', zh: '从连接池借出连接前先校验；需要 validationQuery。' },
  testOnReturn: { en: 'Validate connections before returning them to the pool.', zh: '把连接归还连接池前先校验。' },
  testWhileIdle: { en: 'Validate idle connections in the evictor.', zh: '由空闲连接回收器校验空闲连接，校验失败的连接将被移除。' },
  timeBetweenEvictionRunsMillis: { en: 'Milliseconds between evictor runs; non-positive runs none.', zh: '空闲连接回收线程两次运行之间的毫秒数；非正数表示不运行。' },
  poolPreparedStatements: { en: 'Enable prepared-statement pooling.', zh: '启用预编译语句池。' },
  maxOpenPreparedStatements: { en: 'Maximum open pooled statements; zero or less for no limit.', zh: '语句池同时打开的最大语句数；小于等于 0 表示不限制。' },
  accessToUnderlyingConnectionAllowed: { en: 'Allow access to the underlying connection.', zh: '是否允许访问底层连接。' },
  removeAbandoned: { en: 'Remove abandoned connections after removeAbandonedTimeout.', zh: '超过 removeAbandonedTimeout 后移除被遗弃的连接。' },
  removeAbandonedTimeout: { en: 'Seconds before an abandoned connection can be removed.', zh: '被遗弃连接可被移除前的秒数。' },
  logAbandoned: { en: 'Log the stack trace of code that abandoned a connection.', zh: '记录遗弃连接或语句的代码堆栈。' },
});
