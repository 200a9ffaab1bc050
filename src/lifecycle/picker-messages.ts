import { defineMessages } from '../i18n/messages';

/** The type picker's words: loaded with the picker, not in the first bundle. */
export const pickerMessages = defineMessages({
  pickerTitle: { en: 'Choose a database type', zh: '选择数据库类型' },
  pickerSearch: { en: 'Search database types', zh: '搜索数据库类型' },
  pickerHelp: {
    en: 'Type to filter, then Tab to a type, or Enter for the first match.',
    zh: '输入以筛选，然后按 Tab 选择类型，或按 Enter 选择第一个匹配项。',
  },
  pickerCount: { en: '{shown} of {total} types', zh: '共 {total} 种类型，显示 {shown} 种' },
  pickerNoMatch: { en: 'No database type matches “{query}”.', zh: '没有与“{query}”匹配的数据库类型。' },
  pickerTypes: { en: 'Database types', zh: '数据库类型' },
  cancel: { en: 'Cancel', zh: '取消' },
});
