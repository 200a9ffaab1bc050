/**
 * The rules of single fields, as the field table (fields.ts) names them. Each gets the value
 * and how the chosen type uses the field, and returns the first problem as a message key of
 * validation-messages.ts (never a sentence, so the UI can show it in either language).
 * Rules that compare several fields, and those of option and pool rows, are in form-schema.ts.
 */
import type { FieldUsage } from './catalogue';
import { connectionNameIssue, containsVariable, parsePort } from './rules';
import type { MessageVars, ValidationMessageKey } from './validation-messages';

/** Whether a field is on screen for the chosen type and access type, and must be filled. */
export type Presence = 'hidden' | 'optional' | 'required';

export interface FieldIssue {
  key: ValidationMessageKey;
  vars?: MessageVars;
}

export interface RuleContext {
  presence: Presence;
  usage: FieldUsage;
}

export type FieldRule = (value: string, context: RuleContext) => FieldIssue | undefined;

/** Dotted Java identifiers (letters, digits, `_`, `$`; not starting with a digit). */
const JAVA_CLASS_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*$/u;

const isBlank = (value: string): boolean => value.trim() === '';

/** The shared name rules (rules.ts) as a message of the form. */
export function connectionNameMessage(name: string): FieldIssue | undefined {
  const issue = connectionNameIssue(name);
  if (!issue) return undefined;
  switch (issue.rule) {
    case 'forbiddenCharacter':
      return { key: 'name.forbiddenCharacter', vars: { character: issue.character } };
    case 'tooLong':
      return { key: 'name.tooLong', vars: { max: String(issue.max), length: String(issue.length) } };
    default:
      return { key: `name.${issue.rule}` };
  }
}

/**
 * Port check for a port the user typed; undefined when fine. "-1" and "0" are how Pentaho
 * stores "no port", not ports anyone should type: a user clears the field instead.
 */
export function portMessage(port: string, required: boolean): ValidationMessageKey | undefined {
  const meaning = parsePort(port);
  switch (meaning.kind) {
    case 'empty':
      return required ? 'port.required' : undefined;
    case 'none':
      return meaning.text === '0' ? 'port.outOfRange' : 'port.notInteger';
    case 'notInteger':
      return 'port.notInteger';
    case 'outOfRange':
      return 'port.outOfRange';
    default:
      return undefined;
  }
}

export const connectionNameRule: FieldRule = (value) => connectionNameMessage(value);

export const portRule: FieldRule = (value, { presence }) => {
  const key = portMessage(value, presence === 'required');
  return key ? { key } : undefined;
};

/** A field the chosen type needs: empty is the only problem. */
export function filledIn(key: ValidationMessageKey): FieldRule {
  return (value, { presence }) => (presence === 'required' && isBlank(value) ? { key } : undefined);
}

export const databaseNameRule: FieldRule = (value, { presence, usage }) => {
  if (presence !== 'required' || !isBlank(value)) return undefined;
  return { key: usage.databaseLabel === 'jndi' ? 'jndiName.required' : 'databaseName.required' };
};

// The server treats null, '' and all-'*' passwords as "keep the stored one"
// (../shared/api/CONTRACT.md, "Update semantics"), so such a password would silently not be set.
export const passwordRule: FieldRule = (value) => (value !== '' && /^\*+$/.test(value) ? { key: 'password.onlyAsterisks' } : undefined);

// A Kettle variable (`${CONNECTION_URL}`, `${DRIVER}`) stands for a value only the server that
// runs the connection knows: Pentaho accepts it in the URL and the driver class, and so does the form.

/** The same for the secret attributes, which the server keeps by the same rule. */
export const secretRule: FieldRule = (value) => (value !== '' && /^\*+$/.test(value) ? { key: 'secret.onlyAsterisks' } : undefined);

export const customUrlRule: FieldRule = (value, context) =>
  filledIn('customUrl.required')(value, context) ??
  (value.startsWith('jdbc:') || isBlank(value) || containsVariable(value) ? undefined : { key: 'customUrl.notJdbc' });

export const driverClassRule: FieldRule = (value, context) =>
  filledIn('customDriverClass.required')(value, context) ??
  (isBlank(value) || JAVA_CLASS_NAME.test(value) || containsVariable(value) ? undefined : { key: 'customDriverClass.notClassName' });

/**
 * What a value means when it is not a plain value, shown under its field: "-1" and "0" as the
 * port the server sent are Pentaho's "no port"; a `${VAR}` is filled in by the server that runs
 * the connection. `loaded`: the value is the one the server sent.
 */
export type ValueNote = { key: 'portNone'; text: '-1' | '0' } | { key: 'variable' };

export function valueNote(fieldKey: string, value: string, loaded: boolean): ValueNote | undefined {
  if (fieldKey === 'port' && loaded) {
    const meaning = parsePort(value);
    if (meaning.kind === 'none') return { key: 'portNone', text: meaning.text };
  }
  return containsVariable(value) ? { key: 'variable' } : undefined;
}
