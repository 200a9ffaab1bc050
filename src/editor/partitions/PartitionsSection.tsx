import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { partitioningOf, type PartitionView } from '../../connection/partitions';
import type { WireConnection } from '../../connection/wire';
import { useMessages } from '../../i18n/i18n';
import { lazyPart, useLazyPart } from '../review/lazy-part';
import { Section } from '../sections/Section';
import { partitionMessages } from './messages';

// Few connections are partitioned: the table's code loads only for those.
const tablePart = lazyPart<{ partitions: readonly PartitionView[] }>(() => import('./PartitionsTable'));

/**
 * Says that the connection is partitioned and lists its partitions, read-only. Nothing here
 * edits them: `toPayload` sends them back exactly as the server stored them.
 */
export function PartitionsSection({ original }: { original: WireConnection }) {
  const t = useMessages(partitionMessages);
  const view = useMemo(() => partitioningOf(original), [original]);
  const hasRows = (view?.partitions.length ?? 0) > 0;
  const { Component, error, retry } = useLazyPart(tablePart, hasRows);
  if (!view) return null;
  const count = view.partitions.length;
  const summary = !view.partitioned ? t('notPartitioned', { count }) : count > 0 ? t('partitioned', { count }) : t('partitionedUnlisted');
  return (
    <Section heading={t('heading')}>
      <Typography variant="body2" sx={{ mb: hasRows ? 1 : 0 }}>
        {summary}
      </Typography>
      {hasRows &&
        (Component ? (
          <Component partitions={view.partitions} />
        ) : error !== undefined ? (
          <Alert severity="error" action={<Button onClick={retry}>{t('retry')}</Button>}>
            {t('loadFailed')}
          </Alert>
        ) : (
          <Typography variant="body2" color="text.secondary" role="status">
            {t('loading')}
          </Typography>
        ))}
    </Section>
  );
}
