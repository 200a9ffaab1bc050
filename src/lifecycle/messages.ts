import { defineMessages } from '../i18n/messages';

/** Create, duplicate and delete (issue 11). */
export const lifecycleMessages = defineMessages({
  newConnection: { en: 'New connection', zh: '新建连接' },
  deleteDialogFailed: { en: 'The delete confirmation could not be loaded.', zh: '无法加载删除确认对话框。' },
  pickerLoadFailed: { en: 'The list of database types could not be loaded.', zh: '无法加载数据库类型列表。' },
  tryAgain: { en: 'Try again', zh: '重试' },
  loading: { en: 'Loading…', zh: '正在加载…' },
  draftNewTitle: { en: 'New {type} connection', zh: '新建 {type} 连接' },
  draftDuplicateTitle: { en: 'Copy of “{name}”', zh: '“{name}”的副本' },
  draftIntro: {
    en: 'Nothing is on the server until you save. Save creates the connection, after a review of its settings.',
    zh: '保存之前，服务器上不会有任何内容。保存时将先核对设置，然后创建连接。',
  },
  passwordNote: {
    en: 'The password of “{name}” is not copied: the server never sends it. Type it again in Password.',
    zh: '“{name}”的密码不会被复制：服务器从不返回密码。请在“密码”中重新输入。',
  },
  created: { en: 'Connection “{name}” created.', zh: '已创建连接“{name}”。' },
  deleted: { en: 'Connection “{name}” deleted.', zh: '已删除连接“{name}”。' },
  dismiss: { en: 'Dismiss', zh: '关闭提示' },
  actions: { en: 'Actions for “{name}”', zh: '“{name}”的操作' },
  duplicate: { en: 'Duplicate', zh: '复制' },
  delete: { en: 'Delete', zh: '删除' },
  deleteReasonReader: {
    en: 'You cannot delete connections: your account can only view them.',
    zh: '您无法删除连接：您的账号只能查看连接。',
  },
  deleteReasonNoPermission: {
    en: 'You cannot delete “{name}”: you do not have the Delete permission on it.',
    zh: '您无法删除“{name}”：您没有该连接的删除权限。',
  },
});
