import { defineMessages } from '../../i18n/messages';

export const urlPreviewMessages = defineMessages({
  label: { en: 'JDBC URL', zh: 'JDBC URL' },
  help: {
    en: 'The URL these settings produce, updated as you type. It never contains the password.',
    zh: '根据当前设置生成的 URL，随输入实时更新。其中从不包含密码。',
  },
  withVariables: {
    en: 'The URL these settings produce, with their Kettle variables (${…}) as they are: the server that runs the connection fills them in. It never contains the password.',
    zh: '根据当前设置生成的 URL，其中的 Kettle 变量（${…}）保持原样，由运行该连接的服务器填入。其中从不包含密码。',
  },
  empty: { en: 'Not enough settings yet to build a URL.', zh: '设置尚不完整，无法生成 URL。' },
  noRule: {
    en: 'No preview: this editor does not know how this database type builds its URL.',
    zh: '无预览：本编辑器不知道此数据库类型如何生成 URL。',
  },
  noUrlForJndi: {
    en: 'No JDBC URL: the server looks this connection up by its JNDI name.',
    zh: '没有 JDBC URL：服务器按 JNDI 名称查找此连接。',
  },
  copy: { en: 'Copy JDBC URL', zh: '复制 JDBC URL' },
  copied: { en: 'JDBC URL copied to the clipboard.', zh: 'JDBC URL 已复制到剪贴板。' },
  copyFailed: {
    en: 'The browser did not allow copying. The URL is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    zh: '浏览器不允许复制。URL 已选中：请按 Ctrl+C（Mac 上为 ⌘C）复制。',
  },
  loading: { en: 'Loading the JDBC URL preview…', zh: '正在加载 JDBC URL 预览…' },
  loadFailed: {
    en: 'The URL preview could not be loaded. Editing and saving still work.',
    zh: '无法加载 URL 预览。编辑和保存不受影响。',
  },
  retry: { en: 'Load the preview again', zh: '重新加载预览' },
});
