/**
 * The form's validation (zod 4, used through zodResolver). Which fields are required depends
 * on the chosen type and access type (`fieldUsage`), and the chosen type may be the server's
 * own unknown type, so the schema is built for the connection's original type.
 *
 * Every issue message is a key from validation-messages.ts, and every path is a form field
 * path ('port', 'options.2.name', 'poolParameters.5.value') so react-hook-form shows the
 * message under the very field.
 */
import * as z from 'zod/mini';
import { fieldUsage, resolveDatabaseType } from './catalogue';
import type { ConnectionFormValues, OptionRow, PoolParameterRow } from './form';
import { poolParameterKind, TRANSACTION_ISOLATION_LEVELS } from './pool';
import { connectionNameIssue, parsePort } from './rules';
import { validationMessage, type MessageVars, type ValidationMessageKey } from './validation-messages';
import { ACCESS_TYPES, type WireDatabaseType } from './wire';

type Path = (string | number)[];
type Report = (path: Path, key: ValidationMessageKey, vars?: MessageVars) => void;

const INTEGER = /^-?\d+$/;
/** Dotted Java identifiers (letters, digits, `_`, `$`; not starting with a digit). */
const JAVA_CLASS_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*$/u;

/** The shared name rules (rules.ts) as a message of the form. */
export function connectionNameMessage(name: string): { key: ValidationMessageKey; vars?: MessageVars } | undefined {
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

function validateOptions(options: readonly OptionRow[], report: Report): void {
  const seen = new Set<string>();
  options.forEach((row, i) => {
    if (row.name === '') {
      if (row.value !== '') report(['options', i, 'name'], 'option.nameRequired');
      return;
    }
    if (row.name.trim() !== row.name) report(['options', i, 'name'], 'option.surroundingSpaces');
    // JDBC drivers mostly treat parameter names case-sensitively, so only exact repeats clash.
    if (seen.has(row.name)) report(['options', i, 'name'], 'option.duplicateName', { name: row.name });
    seen.add(row.name);
  });
}

/** DBCP reads most integer parameters into a Java int; these few are longs (milliseconds). */
const LONG_POOL_PARAMETERS = new Set(['maxWait', 'timeBetweenEvictionRunsMillis', 'minEvictableIdleTimeMillis']);
const JAVA_INT = { min: -2147483648, max: 2147483647 };
const JAVA_LONG = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };

function validatePool(rows: readonly PoolParameterRow[], report: Report): void {
  const numbers = new Map<string, { index: number; value: number }>();
  rows.forEach((row, i) => {
    if (!row.enabled) return;
    const path = ['poolParameters', i, 'value'];
    const vars = { name: row.name };
    if (row.value === '') return report(path, 'pool.valueRequired', vars);
    const kind = poolParameterKind(row.name);
    if (kind === 'integer') {
      if (!INTEGER.test(row.value)) return report(path, 'pool.notInteger', vars);
      const range = LONG_POOL_PARAMETERS.has(row.name) ? JAVA_LONG : JAVA_INT;
      const value = Number(row.value);
      if (value < range.min || value > range.max) {
        return report(path, 'pool.outOfRange', { ...vars, min: String(range.min), max: String(range.max) });
      }
      numbers.set(row.name, { index: i, value });
    } else if (kind === 'boolean') {
      // Java's Boolean.parseBoolean ignores case.
      if (!/^(true|false)$/i.test(row.value)) report(path, 'pool.notBoolean', vars);
    } else if (kind === 'isolation') {
      if (!TRANSACTION_ISOLATION_LEVELS.some((level) => level === row.value.toUpperCase())) report(path, 'pool.notIsolation', vars);
    }
  });
  // DBCP: maxActive <= 0 and maxIdle < 0 mean "no limit", so a limit binds only when positive.
  const limits: [lower: string, upper: string][] = [
    ['minIdle', 'maxIdle'],
    ['maxIdle', 'maxActive'],
    ['initialSize', 'maxActive'],
    ['minIdle', 'maxActive'],
  ];
  const reported = new Set<string>();
  for (const [lowerName, upperName] of limits) {
    const lower = numbers.get(lowerName);
    const upper = numbers.get(upperName);
    if (!lower || !upper || upper.value <= 0 || lower.value <= upper.value || reported.has(lowerName)) continue;
    reported.add(lowerName);
    report(['poolParameters', lower.index, 'value'], 'pool.exceedsLimit', {
      name: lowerName,
      other: upperName,
      limit: String(upper.value),
    });
  }
}

/** All the rules, as a plain function (the schema below wraps it). */
export function validateConnectionForm(values: ConnectionFormValues, serverType: WireDatabaseType, report: Report): void {
  const nameIssue = connectionNameMessage(values.name);
  if (nameIssue) report(['name'], nameIssue.key, nameIssue.vars);

  const type = resolveDatabaseType(values.databaseTypeShortName, serverType);
  const usage = fieldUsage(type, values.accessType);

  if (usage.host && values.hostname.trim() === '') {
    if (usage.hostRequired) report(['hostname'], 'hostname.required');
    // Oracle may leave host and port empty (TNS descriptor), but a port needs a host.
    else if (type.urlShape === 'oracle' && values.port !== '') report(['hostname'], 'hostname.requiredWithPort');
  }
  if (usage.port !== 'hidden') {
    const issue = portMessage(values.port, usage.port === 'required');
    if (issue) report(['port'], issue);
  }
  // The server treats null, '' and all-'*' passwords as "keep the stored one" (CONTRACT.md),
  // so such a password would silently not be set.
  if (values.password !== '' && /^\*+$/.test(values.password)) report(['password'], 'password.onlyAsterisks');
  if (usage.database === 'required' && values.databaseName.trim() === '') {
    report(['databaseName'], usage.databaseLabel === 'jndi' ? 'jndiName.required' : 'databaseName.required');
  }
  if (usage.custom) {
    if (values.customUrl.trim() === '') report(['customUrl'], 'customUrl.required');
    else if (!values.customUrl.startsWith('jdbc:')) report(['customUrl'], 'customUrl.notJdbc');
    if (values.customDriverClass.trim() === '') report(['customDriverClass'], 'customDriverClass.required');
    else if (!JAVA_CLASS_NAME.test(values.customDriverClass)) report(['customDriverClass'], 'customDriverClass.notClassName');
  }

  validateOptions(values.options, report);
  if (values.usingConnectionPool) validatePool(values.poolParameters, report);

  if (values.forcingIdentifiersToLowerCase && values.forcingIdentifiersToUpperCase) {
    report(['forcingIdentifiersToUpperCase'], 'advanced.lowerAndUpperCase');
  }
}

const optionRowSchema = z.object({ name: z.string(), value: z.string() });
const poolParameterRowSchema = z.object({
  name: z.string(),
  enabled: z.boolean(),
  value: z.string(),
  defaultValue: z.string(),
  description: z.string(),
});

const connectionFormShape = z.object({
  name: z.string(),
  hostname: z.string(),
  databaseName: z.string(),
  port: z.string(),
  username: z.string(),
  password: z.string(),
  databaseTypeShortName: z.string(),
  accessType: z.enum(ACCESS_TYPES),
  driverId: z.string(),
  customUrl: z.string(),
  customDriverClass: z.string(),
  options: z.array(optionRowSchema),
  usingConnectionPool: z.boolean(),
  poolParameters: z.array(poolParameterRowSchema),
  connectSql: z.string(),
  quoteAllFields: z.boolean(),
  forcingIdentifiersToLowerCase: z.boolean(),
  forcingIdentifiersToUpperCase: z.boolean(),
  sqlServerInstance: z.string(),
  usingDoubleDecimalAsSchemaTableSeparator: z.boolean(),
  dataTablespace: z.string(),
  indexTablespace: z.string(),
  informixServername: z.string(),
  streamingResults: z.boolean(),
});

export function buildConnectionFormSchema(serverType: WireDatabaseType): z.ZodMiniType<ConnectionFormValues, ConnectionFormValues> {
  return connectionFormShape.check(
    z.superRefine((values, ctx) => {
      validateConnectionForm(values, serverType, (path, key, vars) => {
        ctx.addIssue({ code: 'custom', path, message: validationMessage(key, vars) });
      });
    }),
  );
}
