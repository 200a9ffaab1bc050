import { defineMessages } from '../i18n/messages';

export const listMessages = defineMessages({
  connections: { en: 'Connections', zh: '连接' },
  search: { en: 'Search connections', zh: '搜索连接' },
  searchHelp: { en: 'Name, type, host or database', zh: '名称、类型、主机或数据库' },
  readOnly: { en: 'Read-only', zh: '只读' },
  readOnlyHint: {
    en: 'You can view this connection but not change it.',
    zh: '您可以查看此连接，但不能修改。',
  },
  loading: { en: 'Loading connections…', zh: '正在加载连接…' },
  none: { en: 'You cannot see any connection yet.', zh: '您目前看不到任何连接。' },
  noMatch: { en: 'No connection matches “{query}”.', zh: '没有与“{query}”匹配的连接。' },
  count: { en: '{shown} of {total} connections', zh: '共 {total} 个连接，显示 {shown} 个' },
  retry: { en: 'Try again', zh: '重试' },
  signInAgain: { en: 'Sign in as another user', zh: '以其他用户登录' },
  connection: { en: 'Connection', zh: '连接' },
  currentConnection: { en: 'Connection: {name}', zh: '连接：{name}' },
  chooseConnection: { en: 'Choose a connection', zh: '选择一个连接' },
  close: { en: 'Close', zh: '关闭' },
  unknownType: { en: 'Unknown type', zh: '未知类型' },
});
