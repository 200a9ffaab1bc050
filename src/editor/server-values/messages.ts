import { defineMessages } from '../../i18n/messages';

/** Words for values as the server sent them: warnings that do not block, and what odd values mean. */
export const serverValueMessages = defineMessages({
  warning: { en: 'Warning:', zh: '警告：' },
  note: { en: 'Note:', zh: '说明：' },
  keptAsStored: {
    en: 'This value came from the server and is saved as it is unless you change it.',
    zh: '此值来自服务器；除非您修改，否则将原样保存。',
  },
  portNone: {
    en: '“{text}” means no port: Pentaho stores it so. Kept unless you change it.',
    zh: '“{text}”表示没有端口（Pentaho 以此保存）。除非您修改，否则保持不变。',
  },
  variable: {
    en: 'Kettle variable: the server that runs the connection fills it in.',
    zh: 'Kettle 变量：由运行该连接的服务器填入实际值。',
  },

  // The type a server did not name
  typeNotAvailable: { en: 'Not available on this server', zh: '此服务器上不可用' },
  typeNotAvailableHelp: {
    en: 'Sent back exactly as the server stored it unless you pick a type.',
    zh: '除非您选择类型，否则按服务器保存的原样发回。',
  },
  typeNotAvailableTitle: { en: 'Database type not available on this server', zh: '此服务器上没有该数据库类型' },
  typeNotAvailableBody: {
    en: 'A server lists a type only when its JDBC driver is installed there. Everything else can be edited; options show by their whole stored names.',
    zh: '服务器只列出已安装 JDBC 驱动的类型。其他设置均可编辑；选项按完整的保存名称显示。',
  },
  typeClues: { en: 'What the connection tells:', zh: '连接本身提供的信息：' },
  clueName: { en: 'type name “{name}”', zh: '类型名称“{name}”' },
  clueOptionPrefix: { en: 'options prefixed “{prefix}.”', zh: '选项前缀“{prefix}.”' },
  clueAttribute: { en: 'attribute {key} = “{value}”', zh: '属性 {key} = “{value}”' },
  noClues: { en: 'nothing more (no options or type attributes).', zh: '没有更多信息（没有选项或类型属性）。' },
});
