import { defineMessages } from '../../i18n/messages';

export const testConnectionMessages = defineMessages({
  test: { en: 'Test connection', zh: '测试连接' },
  testing: { en: 'Testing the values on screen…', zh: '正在测试当前界面上的设置…' },
  cancel: { en: 'Cancel test', zh: '取消测试' },
  succeeded: { en: 'Connection succeeded in {time}.', zh: '连接成功，用时 {time}。' },
  succeededWithMessage: { en: 'Connection succeeded in {time}: {msg}', zh: '连接成功，用时 {time}：{msg}' },
  failed: { en: 'Connection failed after {time}: {reason}', zh: '连接失败（用时 {time}）：{reason}' },
  failedNoReason: {
    en: 'Connection failed after {time}. The server gave no reason.',
    zh: '连接失败（用时 {time}）。服务器未说明原因。',
  },
  cancelled: { en: 'Test cancelled after {time}. Nothing was changed.', zh: '测试已在 {time} 后取消，没有任何更改。' },
  timedOut: {
    en: 'Gave up after {time}: the server did not answer the test in time.',
    zh: '{time} 后放弃：服务器未能及时返回测试结果。',
  },
  requestFailed: { en: 'Could not run the test ({time})', zh: '无法执行测试（用时 {time}）' },
  hint: {
    en: 'Tests the values on screen, before saving. An empty password field tests with the stored password.',
    zh: '在保存前测试界面上的当前设置。密码框为空时使用已保存的密码进行测试。',
  },
  hintAsSaved: {
    en: 'Tests the connection exactly as it is saved, with its stored password.',
    zh: '按已保存的设置（包括已保存的密码）测试此连接。',
  },
  elapsed: { en: 'Elapsed: {time}', zh: '已用时：{time}' },
  variables: {
    en: 'These settings use Kettle variables ({variables}). Variables are resolved only by the server that runs the connection: a server without their values cannot test it.',
    zh: '这些设置使用了 Kettle 变量（{variables}）。变量只由运行该连接的服务器解析：没有这些变量值的服务器无法测试此连接。',
  },
  stale: {
    en: 'The settings have changed since this test: test again to check the current values.',
    zh: '自本次测试后设置已更改：请重新测试以检查当前的值。',
  },
  seconds: { en: '{value} s', zh: '{value} 秒' },
  milliseconds: { en: '{value} ms', zh: '{value} 毫秒' },
});
