import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { lazyPart, useLazyPart } from '../../ui/lazy-part';
import { useMessages } from '../../i18n/i18n';
import type { JdbcUrlPreviewProps } from './JdbcUrlPreview';
import { urlPreviewMessages } from './messages';

// The URL builder and the copy logic are not needed to edit: keep them out of the first bundle.
export const previewPart = lazyPart<JdbcUrlPreviewProps>(() => import('./JdbcUrlPreview'));

export function LazyJdbcUrlPreview(props: JdbcUrlPreviewProps) {
  const t = useMessages(urlPreviewMessages);
  const { Component, error, retry } = useLazyPart(previewPart, true);
  if (Component) return <Component {...props} />;
  // Same label and size as the real field, so nothing jumps when it arrives.
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        label={t('label')}
        value=""
        placeholder={error ? undefined : t('loading')}
        fullWidth
        disabled
        error={error !== undefined}
        helperText={error ? t('loadFailed') : ' '}
      />
      {error !== undefined && (
        <Button variant="outlined" onClick={retry} sx={{ mt: 1, flexShrink: 0 }}>
          {t('retry')}
        </Button>
      )}
    </Stack>
  );
}
