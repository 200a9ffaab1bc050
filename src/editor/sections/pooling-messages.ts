import { defineMessages } from '../../i18n/messages';

/** The Pooling section's own strings (the shared ones stay in ../messages.ts). */
export const poolingMessages = defineMessages({
  parametersInUse: { en: 'Parameters set on this connection', zh: '此连接设置的参数' },
  noParameters: {
    en: 'No parameter is set: the pool runs with its defaults.',
    zh: '未设置任何参数：连接池使用默认值运行。',
  },
  addParameter: { en: 'Add parameter', zh: '添加参数' },
  addParameterHint: {
    en: '{count} more DBCP parameters can be set; the pool uses its default for each one not set.',
    zh: '还可以设置 {count} 个 DBCP 参数；未设置的参数使用连接池的默认值。',
  },
  removeParameter: { en: 'Remove {name}', zh: '移除 {name}' },
  defaultValue: { en: 'default {value}', zh: '默认 {value}' },
  noDefault: { en: 'no default', zh: '无默认值' },
  parameterRemoved: { en: '{name} removed: the pool uses its default.', zh: '已移除 {name}：连接池使用其默认值。' },
});
