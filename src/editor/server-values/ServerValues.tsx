/**
 * The connection as loaded, for the fields that must tell its own values apart from the
 * user's: a value the server sent that breaks a rule is warned about at its field (it never
 * blocks a save), and "-1" ports or `${VAR}` variables say what they mean. Optional: without a
 * provider (a section rendered alone) fields show neither.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { valueNote, type FieldIssue, type ValueNote } from '../../connection/field-rules';
import type { ConnectionFormValues, OptionRow, PoolParameterRow } from '../../connection/form';
import { loadedFormValues, serverValueWarnings, type ServerValueWarnings } from '../../connection/form-schema';
import type { WireConnection } from '../../connection/wire';
import { useEditorContext } from '../EditorContext';
import { useFormMethods } from '../form-methods';

interface ServerValues {
  original: WireConnection;
  baseline: ConnectionFormValues;
  warnings: ServerValueWarnings;
}

const ServerValuesContext = createContext<ServerValues | null>(null);

const NO_WARNINGS: ServerValueWarnings = { field: () => undefined, option: () => undefined, pool: () => undefined };

export function ServerValuesProvider({ original, children }: { original: WireConnection; children: ReactNode }) {
  const { serverType, startedEmpty = false } = useEditorContext();
  // The rules follow the chosen type and access type; nothing else re-computes the warnings.
  const { control } = useFormMethods();
  const [databaseTypeShortName, accessType] = useWatch<ConnectionFormValues, ['databaseTypeShortName', 'accessType']>({
    control,
    name: ['databaseTypeShortName', 'accessType'],
  });
  const baseline = useMemo(() => loadedFormValues(original), [original]);
  const value = useMemo<ServerValues>(
    () => ({
      original,
      baseline,
      // A new connection's empty start is no server value: its rules block Save instead.
      warnings: startedEmpty ? NO_WARNINGS : serverValueWarnings(baseline, serverType, { databaseTypeShortName, accessType }),
    }),
    [original, baseline, serverType, databaseTypeShortName, accessType, startedEmpty],
  );
  return <ServerValuesContext.Provider value={value}>{children}</ServerValuesContext.Provider>;
}

/** The connection as loaded (or last saved); undefined outside the editor form. */
export function useOriginalConnection(): WireConnection | undefined {
  return useContext(ServerValuesContext)?.original;
}

export type FieldNotice = { severity: 'warning'; issue: FieldIssue } | { severity: 'info'; note: ValueNote };

/** What to show under a field besides an error: a warning about the server's value, or what the value means. */
export function useFieldNotice(key: string, value: unknown): FieldNotice | undefined {
  const context = useContext(ServerValuesContext);
  if (!context) return undefined;
  const note = typeof value === 'string' ? valueNote(key, value, value === context.baseline[key as keyof ConnectionFormValues]) : undefined;
  // "-1" or "0" as sent is Pentaho's "no port": said as such, not as a number out of range.
  if (note?.key === 'portNone') return { severity: 'info', note };
  const issue = context.warnings.field(key, value);
  if (issue) return { severity: 'warning', issue };
  return note ? { severity: 'info', note } : undefined;
}

export function useOptionWarning(row: OptionRow, part: 'name' | 'value'): FieldIssue | undefined {
  return useContext(ServerValuesContext)?.warnings.option(row, part);
}

export function usePoolWarning(row: Pick<PoolParameterRow, 'name' | 'enabled' | 'value'>): FieldIssue | undefined {
  return useContext(ServerValuesContext)?.warnings.pool(row);
}
