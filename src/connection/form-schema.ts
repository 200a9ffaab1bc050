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
 *
 * A value the server sent that the user did not touch never blocks a save: real servers hold
 * shapes this form would not produce (`${VAR}` ports, "-1", a pool limit a script set). Given
 * the baseline (the form values of the connection as loaded), an issue blocks only when the
 * user changed one of the values it is about, or when the user's changes elsewhere caused it
 * (it did not exist as loaded); the others are `serverValueWarnings`, shown at their fields.
 */
import * as z from 'zod/mini';
import { fieldUsage, resolveDatabaseType } from './catalogue';
import { toFormValues } from './convert';
import { FIELDS, fieldPresence, type FieldContext } from './fields';
import { connectionFormValuesSchema, type ConnectionFormValues, type OptionRow, type PoolParameterRow } from './form';
import { poolParameterKind, TRANSACTION_ISOLATION_LEVELS } from './pool';
import { validationMessage, type MessageVars, type ValidationMessageKey } from './validation-messages';
import type { FieldIssue } from './field-rules';
import type { ServerDatabaseType, WireConnection } from './wire';

type Path = (string | number)[];
/** `involves`: every value the issue is about, when more than the one it is shown at. */
type Report = (path: Path, key: ValidationMessageKey, vars?: MessageVars, involves?: Path[]) => void;

export interface FormIssue extends FieldIssue {
  path: Path;
  involves: Path[];
}

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
    report(
      ['poolParameters', lower.index, 'value'],
      'pool.exceedsLimit',
      { name: lowerName, other: upperName, limit: String(upper.value) },
      [['poolParameters', lower.index, 'value'], ['poolParameters', upper.index, 'value']],
    );
  }
}

/** All the rules, as a plain function (the schema below wraps it). */
export function validateConnectionForm(values: ConnectionFormValues, serverType: ServerDatabaseType, report: Report): void {
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
    report(['hostname'], 'hostname.requiredWithPort', undefined, [['hostname'], ['port']]);
  }

  validateOptions(values.options, report);
  if (values.usingConnectionPool) validatePool(values.poolParameters, report);

  if (values.forcingIdentifiersToLowerCase && values.forcingIdentifiersToUpperCase) {
    report(['forcingIdentifiersToUpperCase'], 'advanced.lowerAndUpperCase', undefined, [
      ['forcingIdentifiersToLowerCase'],
      ['forcingIdentifiersToUpperCase'],
    ]);
  }
}

/** Every issue of the values, blocking or not. */
export function connectionFormIssues(values: ConnectionFormValues, serverType: ServerDatabaseType): FormIssue[] {
  const issues: FormIssue[] = [];
  validateConnectionForm(values, serverType, (path, key, vars, involves) => {
    issues.push({ path, key, vars, involves: involves ?? [path] });
  });
  return issues;
}

/**
 * What names the value an issue is shown at, whatever its row's position: a field's key, an
 * option row by its name (rows move and get removed), a pool parameter by its name.
 */
function issueTarget(path: Path, values: ConnectionFormValues): string {
  const [head, index, part] = path;
  if (head === 'options' && typeof index === 'number') return `options:${values.options[index]?.name ?? ''}:${String(part)}`;
  if (head === 'poolParameters' && typeof index === 'number') return `poolParameters:${values.poolParameters[index]?.name ?? ''}`;
  return path.join('.');
}

const issueId = (issue: FormIssue, values: ConnectionFormValues): string => `${issueTarget(issue.path, values)}|${issue.key}`;

/** Whether the value at a path is still the one the server sent (a row: one like it was loaded). */
export function isUntouched(path: Path, values: ConnectionFormValues, baseline: ConnectionFormValues): boolean {
  const [head, index] = path;
  if (head === 'options' && typeof index === 'number') {
    const row = values.options[index];
    return row !== undefined && baseline.options.some((b) => b.name === row.name && b.value === row.value);
  }
  if (head === 'poolParameters' && typeof index === 'number') {
    const row = values.poolParameters[index];
    if (row === undefined) return false;
    const loaded = baseline.poolParameters.find((b) => b.name === row.name);
    return loaded ? loaded.enabled === row.enabled && loaded.value === row.value : !row.enabled;
  }
  const key = head as keyof ConnectionFormValues;
  return values[key] === baseline[key];
}

/**
 * The issues of the loaded connection itself, and their ids (what they are about). The form's
 * schema and the fields' warnings both need them: worked out once per baseline, as with 2,000
 * options a pass over every rule is not free (issue 16).
 */
const loadedIssuesCache = new WeakMap<ConnectionFormValues, { serverType: ServerDatabaseType; issues: FormIssue[]; ids: Set<string> }>();

function loadedIssues(baseline: ConnectionFormValues, serverType: ServerDatabaseType): { issues: FormIssue[]; ids: Set<string> } {
  const cached = loadedIssuesCache.get(baseline);
  if (cached && cached.serverType === serverType) return cached;
  const issues = connectionFormIssues(baseline, serverType);
  const entry = { serverType, issues, ids: new Set(issues.map((issue) => issueId(issue, baseline))) };
  loadedIssuesCache.set(baseline, entry);
  return entry;
}

const loadedIssueIds = (baseline: ConnectionFormValues, serverType: ServerDatabaseType): Set<string> => loadedIssues(baseline, serverType).ids;

const loadedValuesCache = new WeakMap<WireConnection, ConnectionFormValues>();

/**
 * The connection as loaded, as form values, to tell the server's values from the user's: one
 * object per connection object, shared by the schema and the warnings (and so are its issues).
 * Read only: nothing may change it.
 */
export function loadedFormValues(original: WireConnection): ConnectionFormValues {
  let values = loadedValuesCache.get(original);
  if (!values) {
    values = toFormValues(original, []);
    loadedValuesCache.set(original, values);
  }
  return values;
}

/** An issue that was there as loaded, about values still as loaded: a warning, not a block. */
function isServerValueIssue(issue: FormIssue, values: ConnectionFormValues, baseline: ConnectionFormValues, loaded: Set<string>): boolean {
  return issue.involves.every((path) => isUntouched(path, values, baseline)) && loaded.has(issueId(issue, values));
}

export function buildConnectionFormSchema(
  serverType: ServerDatabaseType,
  /** The values as loaded: their issues do not block. Without it every issue blocks. */
  baseline?: ConnectionFormValues,
): z.ZodMiniType<ConnectionFormValues, ConnectionFormValues> {
  const loaded = baseline ? loadedIssueIds(baseline, serverType) : new Set<string>();
  return connectionFormValuesSchema.check(
    z.superRefine((values, ctx) => {
      for (const issue of connectionFormIssues(values, serverType)) {
        if (baseline && isServerValueIssue(issue, values, baseline, loaded)) continue;
        ctx.addIssue({ code: 'custom', path: issue.path, message: validationMessage(issue.key, issue.vars) });
      }
    }),
  );
}

/** The form's schema for a connection as loaded: its own untouched values never block a save. */
export function connectionFormSchemaFor(original: WireConnection): z.ZodMiniType<ConnectionFormValues, ConnectionFormValues> {
  return buildConnectionFormSchema(original.databaseType, loadedFormValues(original));
}

/**
 * Warnings for values the server sent that break a rule, as long as they stay untouched: one
 * lookup per kind of control. `current` is the chosen type and access type, which decide the
 * rules; every other value is the loaded one (only untouched values are warned about).
 */
export interface ServerValueWarnings {
  field(key: string, value: unknown): FieldIssue | undefined;
  option(row: OptionRow, part: 'name' | 'value'): FieldIssue | undefined;
  pool(row: Pick<PoolParameterRow, 'name' | 'enabled' | 'value'>): FieldIssue | undefined;
}

export function serverValueWarnings(
  baseline: ConnectionFormValues,
  serverType: ServerDatabaseType,
  current: Pick<ConnectionFormValues, 'databaseTypeShortName' | 'accessType'>,
): ServerValueWarnings {
  const { issues: issuesAsLoaded, ids: loaded } = loadedIssues(baseline, serverType);
  const values = { ...baseline, ...current };
  // The type and access type decide the rules: while they are as loaded, so are the issues.
  const asLoaded = current.databaseTypeShortName === baseline.databaseTypeShortName && current.accessType === baseline.accessType;
  const byTarget = new Map<string, FieldIssue>();
  for (const issue of asLoaded ? issuesAsLoaded : connectionFormIssues(values, serverType)) {
    const target = issueTarget(issue.path, values);
    if (!byTarget.has(target) && isServerValueIssue(issue, values, baseline, loaded)) byTarget.set(target, { key: issue.key, vars: issue.vars });
  }
  const loadedRow = (row: OptionRow) => baseline.options.some((b) => b.name === row.name && b.value === row.value);
  return {
    field: (key, value) => (value === baseline[key as keyof ConnectionFormValues] ? byTarget.get(key) : undefined),
    // The row's issue first: looking the row up among thousands of loaded ones is the dear part.
    option: (row, part) => {
      const issue = byTarget.get(`options:${row.name}:${part}`);
      return issue && loadedRow(row) ? issue : undefined;
    },
    pool: (row) => {
      const loadedPool = baseline.poolParameters.find((b) => b.name === row.name);
      return loadedPool?.enabled === row.enabled && loadedPool.value === row.value ? byTarget.get(`poolParameters:${row.name}`) : undefined;
    },
  };
}
