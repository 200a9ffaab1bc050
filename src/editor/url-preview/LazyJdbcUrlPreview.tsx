import { lazy, Suspense } from 'react';
import TextField from '@mui/material/TextField';
import type { WireDatabaseType } from '../../connection/wire';
import { useMessages } from '../../i18n/i18n';
import { urlPreviewMessages } from './messages';

// The URL builder and the copy logic are not needed to edit: keep them out of the first bundle.
const JdbcUrlPreview = lazy(() => import('./JdbcUrlPreview'));

export function LazyJdbcUrlPreview(props: { serverType: WireDatabaseType; warehouse?: string | null }) {
  const t = useMessages(urlPreviewMessages);
  return (
    <Suspense
      fallback={
        <TextField
          label={t('label')}
          value=""
          placeholder={t('loading')}
          fullWidth
          disabled
          helperText=" "
        />
      }
    >
      <JdbcUrlPreview {...props} />
    </Suspense>
  );
}
