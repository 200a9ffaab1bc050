import { defineMessages } from '../i18n/messages';

/** Strings of the shared UI parts (src/ui/). */
export const uiMessages = defineMessages({
  details: { en: 'Details', zh: '详细信息' },
  errorCode: { en: 'Code', zh: '代码' },
  serverMessage: { en: 'Server message', zh: '服务器消息' },
});
