import { defineMessages } from '../i18n/messages';

/**
 * Every string the editor shows, except the fields' labels and help, which the field table
 * (connection/fields.ts) holds for the editor and the review alike. The English labels are
 * also the accessible names that the end-to-end tests and host pages rely on (issue 3), so
 * change them only together with those.
 */
export const editorMessages = defineMessages({
  // Section headings
  generalHeading: { en: 'General', zh: '常规' },
  databaseTypeHeading: { en: 'Database type', zh: '数据库类型' },
  optionsHeading: { en: 'Options', zh: '选项' },
  poolingHeading: { en: 'Pooling', zh: '连接池' },
  advancedHeading: { en: 'Advanced', zh: '高级' },

  // Password box
  showPassword: { en: 'Show password', zh: '显示密码' },
  hidePassword: { en: 'Hide password', zh: '隐藏密码' },
  showSecret: { en: 'Show {name}', zh: '显示{name}' },
  hideSecret: { en: 'Hide {name}', zh: '隐藏{name}' },

  // Database type
  unknownTypeSuffix: { en: '(as stored on the server)', zh: '（按服务器保存的原样）' },
  typeChanged: { en: 'Type changed to {type}.', zh: '类型已改为 {type}。' },
  typeChangedOptionsKept: {
    en: 'The options of {from} ({names}) were kept and now apply to {type}.',
    zh: '{from} 的选项（{names}）已保留，现在用于 {type}。',
  },
  typeChangedOptionsRemoved: {
    en: 'The options of {from} ({names}) were removed; saving deletes them.',
    zh: '{from} 的选项（{names}）已移除，保存后将被删除。',
  },
  typeChangedPort: { en: 'The port is now {port}, the default of {type}.', zh: '端口已改为 {type} 的默认端口 {port}。' },
  typeChangeTitle: { en: 'Change the type to {to}?', zh: '将类型改为 {to}？' },
  typeChangeBody: {
    en: 'These options belong to {from}. {to} reads only its own options: keep them for {to}, or remove them.',
    zh: '以下选项属于 {from}。{to} 只读取自己的选项：可将它们保留给 {to}，或将其删除。',
  },
  typeChangeOptionsList: { en: 'Options of {from}', zh: '{from} 的选项' },
  keepOptions: { en: 'Keep options', zh: '保留选项' },
  removeOptions: { en: 'Remove options', zh: '删除选项' },
  cancelTypeChange: { en: 'Cancel', zh: '取消' },

  // Options
  optionsIntro: {
    en: 'Extra JDBC options of this database type, in the order they are sent.',
    zh: '此数据库类型的额外 JDBC 选项，按发送顺序排列。',
  },
  optionsHelpLink: { en: 'Options reference for {type}', zh: '{type} 选项参考' },
  opensInNewTab: { en: '(opens in a new tab)', zh: '（在新标签页中打开）' },
  noOptions: { en: 'No options.', zh: '没有选项。' },
  addDefaultOptions: { en: 'Add default options', zh: '添加默认选项' },
  defaultOptionsOffer: {
    en: '{type} has default options: {options}.',
    zh: '{type} 有默认选项：{options}。',
  },
  defaultOptionsAdded: { en: 'Default options added: {options}.', zh: '已添加默认选项：{options}。' },
  optionName: { en: 'Option name', zh: '选项名' },
  optionValue: { en: 'Option value', zh: '选项值' },
  optionRow: { en: 'Option {number}', zh: '选项 {number}' },
  moveUp: { en: 'Move up', zh: '上移' },
  moveDown: { en: 'Move down', zh: '下移' },
  removeOptionNumber: { en: 'Remove option {number}', zh: '删除选项 {number}' },
  undoRemoveOption: { en: 'Undo removing “{name}”', zh: '撤销删除“{name}”' },
  optionRestored: { en: 'Option {name} put back.', zh: '选项 {name} 已恢复。' },
  addOption: { en: 'Add option', zh: '添加选项' },
  optionMoved: { en: 'Option {name} moved to position {position}.', zh: '选项 {name} 已移至第 {position} 位。' },
  optionRemoved: { en: 'Option {name} removed.', zh: '选项 {name} 已删除。' },
  unnamedOption: { en: '(unnamed)', zh: '（未命名）' },

  // Pooling
  poolOffNotice: {
    en: 'The pool is off: the parameters below are kept but not used.',
    zh: '连接池已关闭：以下参数会保留，但不会生效。',
  },
  storedOnlyParameter: { en: 'Stored on this connection; not listed by the server.', zh: '保存在此连接上，服务器列表中没有此参数。' },
  chooseValue: { en: 'Choose…', zh: '请选择…' },

  // Actions and results
  save: { en: 'Save', zh: '保存' },
  discardChanges: { en: 'Discard changes', zh: '放弃更改' },
  close: { en: 'Close', zh: '关闭' },
  discardTitle: { en: 'Discard all changes?', zh: '放弃全部更改？' },
  discardBody: {
    en: 'You have changed {count} settings. Discarding puts every one back as it is saved on the server.',
    zh: '您修改了 {count} 项设置。放弃后，每一项都将恢复为服务器上保存的值。',
  },
  discardBodyUncounted: {
    en: 'You have changed several settings. Discarding puts every one back as it is saved on the server.',
    zh: '您修改了多项设置。放弃后，每一项都将恢复为服务器上保存的值。',
  },
  discardKeep: { en: 'Keep my changes', zh: '保留我的更改' },
  discardConfirm: { en: 'Discard all changes', zh: '放弃全部更改' },
  saved: { en: 'Connection saved.', zh: '连接已保存。' },
  savedWithMessage: { en: 'Connection saved. Message from the server: {msg}', zh: '连接已保存。服务器消息：{msg}' },
  unsavedChanges: { en: 'Unsaved changes', zh: '有未保存的更改' },
  noChanges: { en: 'No unsaved changes', zh: '没有未保存的更改' },
  notSavedYet: { en: 'Not saved yet', zh: '尚未保存' },
  nothingToSave: { en: 'No changes to save. Nothing was sent.', zh: '没有需要保存的更改，未发送任何内容。' },
  fixError: {
    en: 'One field needs attention before saving. Nothing was sent.',
    zh: '有 1 处需要修改后才能保存，尚未发送任何内容。',
  },
  fixErrors: {
    en: '{count} fields need attention before saving. Nothing was sent.',
    zh: '有 {count} 处需要修改后才能保存，尚未发送任何内容。',
  },
  retry: { en: 'Retry', zh: '重试' },
  loading: { en: 'Loading connection {name}…', zh: '正在加载连接 {name}…' },
  loadFailed: { en: 'Could not open connection {name}', zh: '无法打开连接 {name}' },
  editorLabel: { en: 'Connection {name}', zh: '连接 {name}' },
  editorHeading: { en: 'Connection “{name}”', zh: '连接“{name}”' },
  newEditorLabel: { en: 'New connection', zh: '新建连接' },
});
