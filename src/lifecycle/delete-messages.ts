import { defineMessages } from '../i18n/messages';

/** The delete confirmation's words: loaded with the dialog, not in the first bundle. */
export const deleteMessages = defineMessages({
  deleteTitle: { en: 'Delete connection “{name}”?', zh: '删除连接“{name}”？' },
  deleteBody: {
    en: 'The connection “{name}” will be removed from the server. Reports, dashboards and models using it will stop working; this page cannot check which do. This cannot be undone.',
    zh: '将从服务器上删除连接“{name}”。使用它的报表、仪表板和模型将无法正常工作；此页面无法检查哪些内容在使用它。此操作无法撤销。',
  },
  deleteUnsaved: {
    en: 'Your unsaved changes to “{name}” will be lost as well.',
    zh: '您对“{name}”尚未保存的修改也将丢失。',
  },
  deleteConfirm: { en: 'Delete connection', zh: '删除连接' },
  deleteFailed: { en: '“{name}” was not deleted.', zh: '未删除“{name}”。' },
  cancel: { en: 'Cancel', zh: '取消' },
});
