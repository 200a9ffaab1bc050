/**
 * The connection as the form edits it ("form" model). It never contains wire shapes such as
 * `"0": "KEY"` order maps or prefixed option keys; `convert.ts` translates both ways.
 *
 * The values are the field table's fields (fields.ts) plus the two lists of rows; the types
 * are inferred from this schema, so there is no hand-written twin to keep in step.
 * form-schema.ts adds the rules on top of it.
 */
import * as z from 'zod/mini';
import { FIELD_VALUES_SHAPE } from './fields';

export const optionRowSchema = z.object({
  /** Option name without the `SHORTNAME.` prefix. */
  name: z.string(),
  value: z.string(),
});

export const poolParameterRowSchema = z.object({
  /** DBCP parameter name, e.g. `maxActive`. */
  name: z.string(),
  /** Switched on: sent in `connectionPoolingProperties`. */
  enabled: z.boolean(),
  /** Kept while switched off, so toggling back restores it. */
  value: z.string(),
  /** Default shown greyed while off; from `poolingParameters`, '' when unknown. */
  defaultValue: z.string(),
  /** One-line description from `poolingParameters`, '' for parameters only the connection has. */
  description: z.string(),
});

export const connectionFormValuesSchema = z.object({
  ...FIELD_VALUES_SHAPE,
  options: z.array(optionRowSchema),
  poolParameters: z.array(poolParameterRowSchema),
});

export type OptionRow = z.infer<typeof optionRowSchema>;
export type PoolParameterRow = z.infer<typeof poolParameterRowSchema>;
export type ConnectionFormValues = z.infer<typeof connectionFormValuesSchema>;

/**
 * An option row left completely empty: not a setting. `toPayload` drops it, and "unsaved
 * changes" ignores it, so the two never disagree (issue 14.6).
 */
export function isBlankOptionRow(row: OptionRow): boolean {
  return row.name === '' && row.value === '';
}

/** Deep equality of form values (strings, booleans, arrays, plain objects); a missing key equals `undefined`. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (!sameValue(left[key], right[key])) return false;
  }
  return true;
}
