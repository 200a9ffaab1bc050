import { defineMessages } from '../../i18n/messages';

/**
 * The few strings the review dialog's lazy wrapper shows before (or instead of) the dialog's
 * code: kept apart so the first screen does not carry every review string (issue 6 budget).
 */
export const reviewShellMessages = defineMessages({
  title: { en: 'Review changes', zh: '检查更改' },
  back: { en: 'Back', zh: '返回' },
  tryAgain: { en: 'Try again', zh: '重试' },
  loading: { en: 'Preparing the review…', zh: '正在准备检查…' },
  loadFailed: {
    en: 'The review could not be loaded, so nothing was sent. Your edits are kept. Check the network and try again; if the editor was just updated on the server, note your changes and reload the page.',
    zh: '无法加载检查界面，因此没有发送任何内容。您的编辑仍然保留。请检查网络后重试；如果服务器上的编辑器刚刚更新，请记下您的更改后刷新页面。',
  },
});
