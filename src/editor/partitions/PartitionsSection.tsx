import { styled } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { partitioningOf } from '../../connection/partitions';
import type { WireConnection } from '../../connection/wire';
import { useMessages } from '../../i18n/i18n';
import { Section } from '../sections/Section';
import { partitionMessages } from './messages';

const COLUMNS = ['partitionId', 'hostname', 'port', 'databaseName', 'username'] as const;

const Table = styled('table')(({ theme }) => ({
  width: '100%',
  borderCollapse: 'collapse',
  fontSize: theme.typography.body2.fontSize,
  '& th, & td': {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: theme.spacing(0.75, 1),
    borderBottom: `1px solid ${theme.palette.divider}`,
    overflowWrap: 'anywhere',
  },
  '& thead th': { fontWeight: theme.typography.fontWeightMedium },
  '& td.code': { fontFamily: theme.typography.fontFamilyMonospace },
  '& td.empty': { color: theme.palette.text.secondary },
}));

/**
 * Says that the connection is partitioned and lists its partitions, read-only and without their
 * passwords. Nothing here edits them: `toPayload` sends them back exactly as the server stored
 * them. Nothing at all for a connection that is not partitioned and stores no partition entries.
 */
export function PartitionsSection({ original }: { original: WireConnection }) {
  const t = useMessages(partitionMessages);
  const view = useMemo(() => partitioningOf(original), [original]);
  if (!view) return null;
  const count = view.partitions.length;
  const summary = !view.partitioned ? t('notPartitioned', { count }) : count > 0 ? t('partitioned', { count }) : t('partitionedUnlisted');
  return (
    <Section heading={t('heading')}>
      <Typography variant="body2" sx={{ mb: count > 0 ? 1 : 0 }}>
        {summary}
      </Typography>
      {count > 0 && (
        <div style={{ overflowX: 'auto' }}>
          <Table aria-label={t('tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('number')}</th>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.partitions.map((partition, index) => (
                // Entries have no identity but their place, and they are never reordered here.
                <tr key={index}>
                  <th scope="row">{index + 1}</th>
                  {partition.empty ? (
                    <td colSpan={COLUMNS.length} className="empty">
                      {t('emptyEntry')}
                    </td>
                  ) : (
                    COLUMNS.map((column) => (
                      <td key={column} className={column === 'partitionId' ? undefined : 'code'}>
                        {partition[column]}
                      </td>
                    ))
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </Section>
  );
}
