/**
 * The rules the browser and the local API both apply, written once. The form turns each
 * verdict into a message in the user's language (validation-messages.ts); the server turns it
 * into the English `msg` of its answer (server/connection-body.ts).
 */

/**
 * Longest connection name, in characters (code points). Pentaho keeps every connection as a
 * repository file named `<name>.kdb`; 64 characters of any script below U+10000 (at most 3
 * bytes each in UTF-8) stay inside the 255-byte file-name limit of common file systems, so a
 * name that can be saved can also be exported, opened by URL and read back.
 */
export const MAX_CONNECTION_NAME_LENGTH = 64;

export type ConnectionNameRule =
  | { rule: 'required' }
  | { rule: 'surroundingSpaces' }
  | { rule: 'forbiddenCharacter'; character: '/' | '\\' }
  | { rule: 'lineBreakOrTab' }
  | { rule: 'controlCharacter'; codePoint: number }
  | { rule: 'tooLong'; max: number; length: number };

// eslint-disable-next-line no-control-regex -- control characters are exactly what this rule is about
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;

/**
 * The Pentaho dialog's name rules (../shared/api/CONTRACT.md, "Validation the Pentaho dialog
 * applies"), plus the length limit above. Undefined when the name is acceptable.
 */
export function connectionNameIssue(name: string): ConnectionNameRule | undefined {
  if (name.trim() === '') return { rule: 'required' };
  if (name.trim() !== name) return { rule: 'surroundingSpaces' };
  for (const character of ['/', '\\'] as const) {
    if (name.includes(character)) return { rule: 'forbiddenCharacter', character };
  }
  if (/[\t\r\n]/.test(name)) return { rule: 'lineBreakOrTab' };
  const control = CONTROL_CHARACTER.exec(name);
  if (control) return { rule: 'controlCharacter', codePoint: control[0].codePointAt(0) ?? 0 };
  const length = [...name].length;
  if (length > MAX_CONNECTION_NAME_LENGTH) return { rule: 'tooLong', max: MAX_CONNECTION_NAME_LENGTH, length };
  return undefined;
}

/**
 * Pentaho repositories may not tell `foodmart2` from `FOODMART2`, so two names clash when they
 * are equal ignoring case (compared in a locale-independent way).
 */
export function sameConnectionName(a: string, b: string): boolean {
  return connectionNameKey(a) === connectionNameKey(b);
}

/** The form of a name under which clashing names are equal (what `sameConnectionName` compares). */
export function connectionNameKey(name: string): string {
  return name.toLocaleLowerCase('en-US');
}

/**
 * `null`, `""` and, inherited from Pentaho, a string of only `*` mean "keep the stored
 * password" on update and test (../shared/api/CONTRACT.md, "Update semantics"). The same holds for the
 * secret attributes the editor treats like the password.
 */
export function keepsStoredPassword(password: unknown): boolean {
  return password === undefined || password === null || (typeof password === 'string' && /^\**$/.test(password));
}

/**
 * Attributes that hold credentials and are treated like the password: never returned by the
 * server, never pre-filled or shown, kept when sent empty, `null` or only `*`, stored encrypted.
 * Redshift's IAM secret access key and session token, Azure SQL's client secret
 * (../shared/reference/pentaho-connection-facts.md).
 */
export const SECRET_ATTRIBUTE_KEYS = ['iamSecretAccessKey', 'iamSessionToken', 'azureClientSecretKey'] as const;
export type SecretAttributeKey = (typeof SECRET_ATTRIBUTE_KEYS)[number];

export function isSecretAttribute(key: string): key is SecretAttributeKey {
  return (SECRET_ATTRIBUTE_KEYS as readonly string[]).includes(key);
}

/** A Kettle variable such as `${DB_HOST}`: resolved only by the server that runs the connection. */
const KETTLE_VARIABLE = /\$\{[^{}]+\}/;

export function containsVariable(value: string): boolean {
  return KETTLE_VARIABLE.test(value);
}

/** Each Kettle variable in a value, as written (`${DB_HOST}`), once, in order. */
export function variablesIn(value: string): string[] {
  return [...new Set(value.match(new RegExp(KETTLE_VARIABLE.source, 'g')) ?? [])];
}

/**
 * What a port string means. Pentaho writes "-1" for "no port" and the platform stores an
 * empty port as "0"; a `${VAR}` is resolved at run time.
 */
export type PortMeaning =
  | { kind: 'empty' }
  | { kind: 'none'; text: '-1' | '0' }
  | { kind: 'variable' }
  | { kind: 'number'; value: number }
  | { kind: 'notInteger' }
  | { kind: 'outOfRange'; value: number };

export function parsePort(port: string): PortMeaning {
  const text = port.trim();
  if (text === '') return { kind: 'empty' };
  if (text === '-1' || text === '0') return { kind: 'none', text };
  if (containsVariable(text)) return { kind: 'variable' };
  if (!/^\d+$/.test(text) || text !== port) return { kind: 'notInteger' };
  const value = Number(text);
  return value >= 1 && value <= 65535 ? { kind: 'number', value } : { kind: 'outOfRange', value };
}
