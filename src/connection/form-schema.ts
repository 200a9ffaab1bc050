/**
 * The form's validation (zod 4, used through zodResolver). Which fields are required depends
 * on the chosen type and access type (`fieldUsage`), and the chosen type may be the server's
 * own unknown type, so the schema is built for the connection's original type.
 *
 * Each field's own rule is in the field table (fields.ts, rules in field-rules.ts) and runs
 * only while the field is on screen; here are the rules that look at several fields, and those
 * of the option and pool rows.
 *
 * Every issue message is a key from validation-messages.ts, and every path is a form field
 * path ('port', 'options.2.name', 'poolParameters.5.value') so react-hook-form shows the
 * message under the very field.
 */
import * as z from 'zod/mini';
import { fieldUsage, resolveDatabaseType } from './catalogue';
import { FIELDS, fieldPresence, type FieldContext } from './fields';
import { connectionFormValuesSchema, type ConnectionFormValues, type OptionRow, type PoolParameterRow } from './form';
import { poolParameterKind, TRANSACTION_ISOLATION_LEVELS } from './pool';
import { validationMessage, type MessageVars, type ValidationMessageKey } from './validation-messages';
import type { WireDatabaseType } from './wire';

type Path = (string | number)[];
type Report = (path: Path, key: ValidationMessageKey, vars?: MessageVars) => void;

const INTEGER = /^-?\d+$/;

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
  const type = resolveDatabaseType(values.databaseTypeShortName, serverType);
  const usage = fieldUsage(type, values.accessType);
  const context: FieldContext = { shortName: type.shortName, accessType: values.accessType, usage, values };

  for (const field of FIELDS) {
    if (!('rule' in field)) continue;
    const presence = fieldPresence(field, context);
    const value = values[field.key];
    // A field that is not on screen cannot show its message, so it never blocks a save.
    if (presence === 'hidden' || typeof value !== 'string') continue;
    const issue = field.rule(value, { presence, usage });
    if (issue) report([field.key], issue.key, issue.vars);
  }

  // Oracle may leave host and port empty (TNS descriptor), but a port needs a host.
  if (usage.host && !usage.hostRequired && type.urlShape === 'oracle' && values.hostname.trim() === '' && values.port !== '') {
    report(['hostname'], 'hostname.requiredWithPort');
  }

  validateOptions(values.options, report);
  if (values.usingConnectionPool) validatePool(values.poolParameters, report);

  if (values.forcingIdentifiersToLowerCase && values.forcingIdentifiersToUpperCase) {
    report(['forcingIdentifiersToUpperCase'], 'advanced.lowerAndUpperCase');
  }
}

export function buildConnectionFormSchema(serverType: WireDatabaseType): z.ZodMiniType<ConnectionFormValues, ConnectionFormValues> {
  return connectionFormValuesSchema.check(
    z.superRefine((values, ctx) => {
      validateConnectionForm(values, serverType, (path, key, vars) => {
        ctx.addIssue({ code: 'custom', path, message: validationMessage(key, vars) });
      });
    }),
  );
}
