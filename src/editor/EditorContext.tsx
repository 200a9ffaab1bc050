import { createContext, useContext, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import type { ServerDatabaseType } from '../connection/wire';
import type { ConnectionFormValues } from '../connection/form';
import { fieldUsage, resolveDatabaseType } from '../connection/catalogue';
import type { TypeContext } from '../connection/fields';
import { useFormMethods } from './form-methods';

export interface EditorContextValue {
  /** The type object as the server sent it: kept verbatim when the catalogue lacks it; null or absent when the server named none. */
  serverType: ServerDatabaseType;
  /** Every field disabled: no Edit permission, or the server refused a save as forbidden. */
  readOnly: boolean;
  /** A connection still to be added (issue 11): there is no stored password to keep. */
  creating?: boolean;
  /** A new connection (not a duplicate): no value came from a server, so none is warned about as one. */
  startedEmpty?: boolean;
}

const EditorContext = createContext<EditorContextValue | null>(null);
export const EditorContextProvider = EditorContext.Provider;

export function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditorContext outside ConnectionForm');
  return value;
}

/**
 * The catalogue entry of the type being edited, which fields it uses, and what the field
 * table needs to decide which of its fields show. Subscribes to the two
 * values that decide it only, so typing elsewhere never re-renders the sections that call it.
 */
export function useCurrentDatabaseType() {
  const { serverType } = useEditorContext();
  const { control } = useFormMethods();
  const [shortName, accessType] = useWatch<ConnectionFormValues, ['databaseTypeShortName', 'accessType']>({
    control,
    name: ['databaseTypeShortName', 'accessType'],
  });
  return useMemo(() => {
    const entry = resolveDatabaseType(shortName, serverType);
    const usage = fieldUsage(entry, accessType);
    const fields: TypeContext = { shortName: entry.shortName, accessType, usage };
    return { entry, usage, fields };
  }, [shortName, accessType, serverType]);
}
