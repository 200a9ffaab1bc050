import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useConnectionQueries } from '../api/connections';
import { POOL_PARAMETERS } from '../connection/pool';
import type { PoolParameterInfo } from '../connection/wire';
import { useMessages } from '../i18n/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { editorMessages } from './messages';
import { ConnectionForm, type SaveRequest } from './ConnectionForm';

export interface ConnectionEditorProps {
  name: string;
  readOnly?: boolean;
  onSaved?: (saved: { name: string; id: string | null }) => void;
  onDirtyChange?: (dirty: boolean) => void;
  onClose?: () => void;
  /** "Save and leave": each new id saves once, then runs `then` if the save succeeded. */
  saveRequest?: SaveRequest | null;
}

/** The DBCP list Datafor serves, for when only `poolingParameters` failed: the connection still opens. */
export const BUILT_IN_POOL_PARAMETERS: readonly PoolParameterInfo[] = POOL_PARAMETERS.map((p) => ({
  parameter: p.parameter,
  defaultValue: p.defaultValue,
  description: p.description,
}));

/**
 * Loads one connection, then renders the form: the form gets complete default values once,
 * instead of being patched while data trickles in.
 */
export function ConnectionEditor({ name, readOnly, onSaved, onDirtyChange, onClose, saveRequest }: ConnectionEditorProps) {
  const t = useMessages(editorMessages);
  const queries = useConnectionQueries();
  const detail = useQuery(queries.detail(name));
  const pool = useQuery(queries.poolParameters());

  if (detail.isError) {
    return (
      <ErrorAlert
        error={detail.error}
        context={t('loadFailed', { name })}
        action={
          <Button color="inherit" size="small" onClick={() => void detail.refetch()}>
            {t('retry')}
          </Button>
        }
      />
    );
  }

  if (detail.isPending || pool.isPending) {
    return (
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', p: 3 }} aria-busy="true">
        <CircularProgress size={24} aria-hidden />
        <Typography>{t('loading', { name })}</Typography>
      </Stack>
    );
  }

  const connection = detail.data;
  return (
    <ConnectionForm
      // A new identity gets a fresh form; a rename keeps the id, so the saved form stays.
      key={connection.id ?? connection.name}
      connection={connection}
      poolParameters={pool.data ?? BUILT_IN_POOL_PARAMETERS}
      readOnly={readOnly}
      onSaved={onSaved}
      onDirtyChange={onDirtyChange}
      onClose={onClose}
      saveRequest={saveRequest}
    />
  );
}
