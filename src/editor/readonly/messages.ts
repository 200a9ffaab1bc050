import { defineMessages } from '../../i18n/messages';

export const readOnlyMessages = defineMessages({
  title: { en: 'Read-only', zh: '只读' },
  viewOnlyAccount: {
    en: 'You can look at this connection but not change it: your account cannot edit any connection. Either your user type is Reader (view only), or no connection grants you Edit permission. An administrator can change either.',
    zh: '您可以查看此连接，但不能修改：您的账号不能编辑任何连接。可能您的用户类型是“只读用户”（仅查看），或者没有任何连接授予您“编辑”权限。管理员可以更改这两项设置。',
  },
  readerUserType: {
    en: 'You can look at this connection but not change it: your user type is Reader, which can only view content. An administrator can change your user type.',
    zh: '您可以查看此连接，但不能修改：您的用户类型是“只读用户”，只能查看内容。管理员可以更改您的用户类型。',
  },
  noEditPermission: {
    en: 'You can look at this connection but not change it: you do not have Edit permission on it. An administrator can grant it in the connection’s permissions.',
    zh: '您可以查看此连接，但不能修改：您在此连接上没有“编辑”权限。管理员可以在该连接的权限设置中授予。',
  },
  refusedOnSave: {
    en: 'The server refused to save: you do not have permission to edit this connection (it may have been taken away since you opened it). Your values stay on screen so you can copy them; nothing was saved.',
    zh: '服务器拒绝保存：您没有编辑此连接的权限（可能在您打开后被收回）。您输入的值仍保留在界面上，可以复制；没有保存任何内容。',
  },
  serverSaid: { en: 'Server message: {msg}', zh: '服务器消息：{msg}' },
  canTest: {
    en: 'You can still test the connection as it is saved.',
    zh: '您仍可以按已保存的设置测试此连接。',
  },
  // Values shown as text (ReadOnlyValue)
  notSet: { en: 'Not set', zh: '未设置' },
  on: { en: 'On', zh: '开' },
  off: { en: 'Off', zh: '关' },
  passwordNeverShown: { en: 'Never shown', zh: '从不显示' },
  // Ctrl+S / ⌘S pressed in a read-only form
  nothingToSaveReadOnly: {
    en: 'Nothing to save: this connection is read-only for you.',
    zh: '没有可保存的内容：此连接对您是只读的。',
  },
});
