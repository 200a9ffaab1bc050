import { defineMessages } from '../i18n/messages';

/** The signed-out page's strings: loaded with that page only (see LazySignedOutPage). */
export const signedOutMessages = defineMessages({
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
});
