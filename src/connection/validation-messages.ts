/**
 * Validation messages of the connection form. The schema puts a KEY (plus optional vars) in
 * each issue, never a sentence, so the UI can show it in either language:
 *   'port.outOfRange'  or  'pool.exceedsLimit|{"name":"maxIdle","other":"maxActive","limit":"8"}'
 */
import { defineMessages, translate, type Locale } from '../i18n/messages';

export const validationMessages = defineMessages({
  'name.required': { en: 'Enter a connection name.', zh: '请输入连接名称。' },
  'name.surroundingSpaces': { en: 'The name cannot start or end with a space.', zh: '名称不能以空格开头或结尾。' },
  'name.forbiddenCharacter': { en: 'The name cannot contain “{character}”.', zh: '名称不能包含“{character}”。' },
  'name.lineBreakOrTab': { en: 'The name cannot contain tabs or line breaks.', zh: '名称不能包含制表符或换行符。' },
  'name.controlCharacter': { en: 'The name cannot contain control characters.', zh: '名称不能包含控制字符。' },
  'name.tooLong': { en: 'The name can have at most {max} characters (it has {length}).', zh: '名称最多 {max} 个字符（当前 {length} 个）。' },
  'name.taken': { en: 'A connection named “{name}” already exists. Choose another name.', zh: '名为“{name}”的连接已存在，请换一个名称。' },
  'hostname.required': { en: 'Enter the host name.', zh: '请输入主机名。' },
  'hostname.requiredWithPort': { en: 'Enter the host name, or clear the port to use a TNS descriptor.', zh: '请输入主机名，或清空端口以使用 TNS 描述符。' },
  'databaseName.required': { en: 'Enter the database name.', zh: '请输入数据库名称。' },
  'jndiName.required': { en: 'Enter the JNDI name.', zh: '请输入 JNDI 名称。' },
  'port.required': { en: 'Enter the port number.', zh: '请输入端口号。' },
  'port.notInteger': { en: 'The port must be a whole number, digits only.', zh: '端口必须是整数，只能包含数字。' },
  'port.outOfRange': { en: 'The port must be between 1 and 65535.', zh: '端口必须在 1 到 65535 之间。' },
  'password.onlyAsterisks': {
    en: 'A password made only of * keeps the stored password; Datafor cannot set it. Choose another.',
    zh: '只由 * 组成的密码会保留原密码，Datafor 无法设置它。请换一个。',
  },
  'secret.onlyAsterisks': {
    en: 'A value made only of * keeps the stored one; Datafor cannot set it. Choose another.',
    zh: '只由 * 组成的值会保留原值，Datafor 无法设置它。请换一个。',
  },
  'customUrl.required': { en: 'Enter the JDBC URL.', zh: '请输入 JDBC URL。' },
  'customUrl.notJdbc': { en: 'The URL must start with “jdbc:”.', zh: 'URL 必须以“jdbc:”开头。' },
  'customDriverClass.required': { en: 'Enter the driver class name.', zh: '请输入驱动类名。' },
  'customDriverClass.notClassName': {
    en: 'Enter a Java class name, such as org.postgresql.Driver.',
    zh: '请输入 Java 类名，例如 org.postgresql.Driver。',
  },
  'option.nameRequired': { en: 'Enter the option name, or clear its value.', zh: '请输入选项名称，或清空其值。' },
  'option.duplicateName': { en: 'The option “{name}” is already set above.', zh: '选项“{name}”已在上方设置。' },
  'option.surroundingSpaces': { en: 'The option name cannot start or end with a space.', zh: '选项名称不能以空格开头或结尾。' },
  'pool.valueRequired': { en: 'Enter a value, or switch {name} off.', zh: '请输入值，或关闭 {name}。' },
  'pool.notInteger': { en: '{name} must be a whole number.', zh: '{name} 必须是整数。' },
  'pool.outOfRange': { en: '{name} must be between {min} and {max}.', zh: '{name} 必须在 {min} 到 {max} 之间。' },
  'pool.notBoolean': { en: '{name} must be true or false.', zh: '{name} 必须是 true 或 false。' },
  'pool.notIsolation': {
    en: '{name} must be one of NONE, READ_COMMITTED, READ_UNCOMMITTED, REPEATABLE_READ, SERIALIZABLE.',
    zh: '{name} 必须是 NONE、READ_COMMITTED、READ_UNCOMMITTED、REPEATABLE_READ、SERIALIZABLE 之一。',
  },
  'pool.exceedsLimit': { en: '{name} cannot be more than {other} ({limit}).', zh: '{name} 不能大于 {other}（{limit}）。' },
  'advanced.lowerAndUpperCase': {
    en: 'Identifiers cannot be forced to lower and upper case at once.',
    zh: '不能同时强制标识符为小写和大写。',
  },
});

export type ValidationMessageKey = keyof typeof validationMessages;
export type MessageVars = Record<string, string>;

/** Encodes a key and its vars into the one string an issue message can carry. */
export function validationMessage(key: ValidationMessageKey, vars?: MessageVars): string {
  return vars ? `${key}|${JSON.stringify(vars)}` : key;
}

export function parseValidationMessage(message: string): { key: string; vars: MessageVars | undefined } {
  const bar = message.indexOf('|');
  if (bar < 0) return { key: message, vars: undefined };
  const key = message.slice(0, bar);
  try {
    const parsed: unknown = JSON.parse(message.slice(bar + 1));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return { key, vars: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])) };
    }
  } catch {
    // Not one of ours: fall through and show it as it is.
  }
  return { key: message, vars: undefined };
}

function isKey(key: string): key is ValidationMessageKey {
  return Object.prototype.hasOwnProperty.call(validationMessages, key);
}

/** The text for an issue message in the given language; '' for undefined; unknown messages verbatim. */
export function validationMessageText(message: string | undefined, locale: Locale): string {
  if (message === undefined) return '';
  const { key, vars } = parseValidationMessage(message);
  if (!isKey(key)) return message;
  return translate(validationMessages[key], locale, vars);
}
