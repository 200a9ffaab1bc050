import { defineMessages } from '../i18n/messages';

export const appMessages = defineMessages({
  productName: { en: 'Datafor', zh: 'Datafor' },
  pageTitle: { en: 'Database connections', zh: '数据库连接' },
  language: { en: 'Language', zh: '语言' },
  english: { en: 'English', zh: 'English' },
  chinese: { en: '中文', zh: '中文' },
  signOut: { en: 'Sign out', zh: '退出登录' },
  signingOut: { en: 'Signing out…', zh: '正在退出…' },
  signInTitle: { en: 'Sign in to Datafor', zh: '登录 Datafor' },
  // The dialog's first line, by why it opened (src/app/session-state.ts).
  signInIntroPlain: {
    en: 'Sign in with your Datafor account to see and edit its database connections.',
    zh: '请使用您的 Datafor 账号登录，以查看和编辑数据库连接。',
  },
  signInIntroExpired: {
    en: 'Your session has ended. Sign in again to continue.',
    zh: '您的会话已结束。请重新登录以继续。',
  },
  signInIntroExpiredWithEdits: {
    en: 'Your session has ended. Sign in again to continue — your unsaved changes are still on this page, nothing is lost.',
    zh: '您的会话已结束。请重新登录以继续。您未保存的修改仍在此页面上，不会丢失。',
  },
  // The signed-out page, by why nobody is signed in.
  signedOutTitleNotSignedIn: { en: 'Sign in to see your database connections', zh: '登录后即可查看数据库连接' },
  signedOutBodyNotSignedIn: {
    en: 'Datafor shows its database connections to signed-in users only.',
    zh: 'Datafor 仅向已登录的用户显示数据库连接。',
  },
  signedOutTitleSignedOut: { en: 'You have signed out', zh: '您已退出登录' },
  signedOutBodySignedOut: {
    en: 'Sign in again to see and edit the database connections.',
    zh: '重新登录即可查看和编辑数据库连接。',
  },
  signedOutTitleExpired: { en: 'Your session has ended', zh: '您的会话已结束' },
  signedOutBodyExpired: {
    en: 'Nothing was left unsaved. Sign in again to continue.',
    zh: '没有未保存的修改。请重新登录以继续。',
  },
  signedInAs: { en: 'Signed in as', zh: '当前用户' },
  userTypeAdministrator: { en: 'Administrator', zh: '管理员' },
  userTypeCreator: { en: 'Creator', zh: '创建者' },
  userTypeReader: { en: 'Reader', zh: '查看者' },
  userName: { en: 'User name', zh: '用户名' },
  password: { en: 'Password', zh: '密码' },
  signIn: { en: 'Sign in', zh: '登录' },
  signingIn: { en: 'Signing in…', zh: '正在登录…' },
  cancel: { en: 'Cancel', zh: '取消' },
  signInRefused: { en: 'The user name or password is wrong.', zh: '用户名或密码错误。' },
  signInNeedsBoth: { en: 'Enter your user name and password.', zh: '请输入用户名和密码。' },
  noConnectionChosen: { en: 'Choose a connection on the left to edit it.', zh: '请在左侧选择要编辑的连接。' },
  noConnectionChosenNarrow: { en: 'Choose a connection above to edit it.', zh: '请在上方选择要编辑的连接。' },
  noConnectionTitle: { en: 'No connection open', zh: '未打开连接' },
  leaveTitle: { en: 'Discard unsaved changes?', zh: '放弃未保存的修改？' },
  leaveBody: {
    en: 'You have unsaved changes to “{name}”. If you leave now they are lost.',
    zh: '您对“{name}”的修改尚未保存。现在离开将丢失这些修改。',
  },
  leaveConfirm: { en: 'Discard changes and leave', zh: '放弃修改并离开' },
  leaveStay: { en: 'Keep editing', zh: '继续编辑' },
  close: { en: 'Close', zh: '关闭' },
  configError: { en: 'The editor is not configured correctly', zh: '编辑器配置有误' },
  retry: { en: 'Try again', zh: '重试' },
  reload: { en: 'Reload the page', zh: '重新加载页面' },
  details: { en: 'Details', zh: '详细信息' },
  crashTitle: { en: 'This part of the page stopped working', zh: '页面的这一部分无法继续运行' },
  crashBody: {
    en: 'Try again, or reload the page. If it was a new version of the editor being deployed, reloading fixes it.',
    zh: '请重试或重新加载页面。如果是编辑器正在部署新版本，重新加载即可恢复。',
  },
  embedNoConnection: { en: 'No connection was given to open.', zh: '未指定要打开的连接。' },
});
