import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useConnectionQueries } from '../api/connections';
import { resolveDatabaseType } from '../connection/catalogue';
import { wireShortName } from '../connection/convert';
import { BUILT_IN_POOL_PARAMETERS } from '../editor/ConnectionEditor';
import { ConnectionForm } from '../editor/ConnectionForm';
import { useMessages } from '../i18n/i18n';
import type { ConnectionDraft } from './draft';
import { lifecycleMessages } from './messages';

export interface DraftEditorProps {
  draft: ConnectionDraft;
  onSaved: (saved: { name: string; id: string | null }) => void;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The editor in new mode: the same form, review and Save as an ordinary edit, started from the
 * draft's connection and sent through `add`. A failure leaves everything typed in the form.
 */
export function DraftEditor({ draft, onSaved, onDirtyChange }: DraftEditorProps) {
  const t = useMessages(lifecycleMessages);
  const queries = useConnectionQueries();
  const pool = useQuery(queries.poolParameters());
  const type = resolveDatabaseType(wireShortName(draft.start), draft.start.databaseType);
  const title =
    draft.kind === 'duplicate' ? t('draftDuplicateTitle', { name: draft.sourceName ?? '' }) : t('draftNewTitle', { type: type.label });

  return (
    <Box>
      <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('draftIntro')}
      </Typography>
      {draft.kind === 'duplicate' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('passwordNote', { name: draft.sourceName ?? '' })}
        </Alert>
      )}
      {pool.isPending ? (
        <Box role="status" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <CircularProgress size={20} aria-hidden />
          <Typography>{t('loading')}</Typography>
        </Box>
      ) : (
        <ConnectionForm
          key={draft.key}
          connection={draft.start}
          mode={draft.kind}
          poolParameters={pool.data ?? BUILT_IN_POOL_PARAMETERS}
          onSaved={onSaved}
          onDirtyChange={onDirtyChange}
        />
      )}
    </Box>
  );
}
