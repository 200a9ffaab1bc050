import { useId } from 'react';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMessages } from '../i18n/i18n';
import { lifecycleMessages } from './messages';
import type { DeleteVerdict } from './permissions';

export interface ConnectionActionsProps {
  name: string;
  /** Offered to users who may create connections (the copy is a new one). */
  canDuplicate: boolean;
  deletion: DeleteVerdict;
  onDuplicate: () => void;
  onDelete: () => void;
  /** The user is about to press Delete (pointer over it, or focus on it). */
  onWarmDelete?: () => void;
}

/**
 * Duplicate and Delete for the open connection. A Delete the user may not use stays visible,
 * disabled, with the reason beside it in plain words.
 */
export function ConnectionActions({ name, canDuplicate, deletion, onDuplicate, onDelete, onWarmDelete }: ConnectionActionsProps) {
  const t = useMessages(lifecycleMessages);
  const reasonId = useId();
  return (
    <Box
      role="group"
      aria-label={t('actions', { name })}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'flex-end', columnGap: 1, rowGap: 0.5, mb: 1.5 }}
    >
      {!deletion.allowed && (
        <Typography id={reasonId} variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>
          {deletion.reason === 'viewOnlyAccount' ? t('deleteReasonReader') : t('deleteReasonNoPermission', { name })}
        </Typography>
      )}
      {canDuplicate && (
        <Button size="small" variant="outlined" startIcon={<ContentCopyIcon aria-hidden />} onClick={onDuplicate}>
          {t('duplicate')}
        </Button>
      )}
      <Button
        size="small"
        variant="outlined"
        color="error"
        startIcon={<DeleteOutlineIcon aria-hidden />}
        disabled={!deletion.allowed}
        aria-describedby={deletion.allowed ? undefined : reasonId}
        onClick={onDelete}
        onPointerEnter={onWarmDelete}
        onFocus={onWarmDelete}
      >
        {t('delete')}
      </Button>
    </Box>
  );
}
