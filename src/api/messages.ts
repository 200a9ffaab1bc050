import { defineMessages } from '../i18n/messages';

/** Plain words for every error kind and every documented `msg` prefix. */
export const errorMessages = defineMessages({
  unauthorizedTitle: { en: 'Signed out', zh: '未登录' },
  unauthorized: {
    en: 'Your session has ended. Sign in again to continue; your changes are still here.',
    zh: '会话已结束。请重新登录以继续，您的修改仍然保留。',
  },
  forbiddenTitle: { en: 'Not allowed', zh: '没有权限' },
  forbidden: { en: "You don't have permission to do this.", zh: '您没有执行此操作的权限。' },
  notFoundTitle: { en: 'Not found', zh: '未找到' },
  notFound: {
    en: 'The connection was not found. It may have been renamed or deleted.',
    zh: '未找到该连接，它可能已被重命名或删除。',
  },
  conflictTitle: { en: 'Conflict', zh: '冲突' },
  conflict: {
    en: 'The server refused the change because it conflicts with existing data (for example, a name already in use).',
    zh: '服务器拒绝了此修改，因为它与现有数据冲突（例如名称已被使用）。',
  },
  badRequestTitle: { en: 'Request refused', zh: '请求被拒绝' },
  badRequest: {
    en: 'The server refused the request as invalid.',
    zh: '服务器认为该请求无效并拒绝了它。',
  },
  invalidResponseTitle: { en: 'Unexpected answer', zh: '意外的响应' },
  invalidResponse: {
    en: "The server's answer could not be understood. Check that the editor points at a Datafor server.",
    zh: '无法理解服务器的响应。请确认编辑器连接的是 Datafor 服务器。',
  },
  networkTitle: { en: 'No connection', zh: '无法连接' },
  network: {
    en: 'The server could not be reached. Check your network and try again.',
    zh: '无法连接到服务器。请检查网络后重试。',
  },
  timeoutTitle: { en: 'Timed out', zh: '超时' },
  timeout: {
    en: 'The server did not answer in time. Try again; nothing was lost.',
    zh: '服务器未在规定时间内响应。请重试，您的内容没有丢失。',
  },
  abortedTitle: { en: 'Cancelled', zh: '已取消' },
  aborted: { en: 'The request was cancelled.', zh: '请求已取消。' },
  serverTitle: { en: 'Server error', zh: '服务器错误' },
  server: { en: 'The server could not complete the request.', zh: '服务器无法完成该请求。' },
  serverWithStatus: {
    en: 'The server could not complete the request (HTTP {status}).',
    zh: '服务器无法完成该请求（HTTP {status}）。',
  },
  serverSaid: { en: 'The server said: {message}', zh: '服务器返回：{message}' },
  unknownTitle: { en: 'Something went wrong', zh: '出错了' },
  unknown: { en: 'An unexpected error occurred.', zh: '发生了意外错误。' },

  CONNECTION_READ_FORBIDDEN: {
    en: "You don't have permission to view this connection.",
    zh: '您没有查看此连接的权限。',
  },
  CONNECTION_WRITE_FORBIDDEN: {
    en: "You don't have permission to edit this connection.",
    zh: '您没有编辑此连接的权限。',
  },
  CONNECTION_CREATE_FORBIDDEN: {
    en: "You don't have permission to create connections.",
    zh: '您没有创建连接的权限。',
  },
  CONNECTION_DELETE_FORBIDDEN: {
    en: "You don't have permission to delete this connection, or it no longer exists.",
    zh: '您没有删除此连接的权限，或该连接已不存在。',
  },
  LOCAL_CONNECTION_ADMIN_ONLY: {
    en: 'Only an administrator can change local connections.',
    zh: '只有管理员可以修改本地连接。',
  },
  INTERNAL_CONNECTION_FORBIDDEN: {
    en: "This is one of Datafor's internal connections; it cannot be viewed or changed here.",
    zh: '这是 Datafor 的内部连接，不能在此查看或修改。',
  },
});
