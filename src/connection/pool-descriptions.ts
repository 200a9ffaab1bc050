/**
 * The pool parameters' descriptions in both languages, apart from pool.ts: only the Pooling
 * section shows them, and it loads after the first screen (issue 10.7 byte budget).
 */
import { defineMessages } from '../i18n/messages';

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
