import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { PartitionView } from '../../connection/partitions';
import { useMessages } from '../../i18n/i18n';
import { partitionMessages } from './messages';

const COLUMNS = ['partitionId', 'hostname', 'port', 'databaseName', 'username'] as const;

/** The partitions, read-only, without their passwords. Loaded only for partitioned connections. */
export default function PartitionsTable({ partitions }: { partitions: readonly PartitionView[] }) {
  const t = useMessages(partitionMessages);
  return (
    <TableContainer>
      <Table size="small" aria-label={t('tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('number')}
            </TableCell>
            {COLUMNS.map((column) => (
              <TableCell key={column} component="th" scope="col">
                {t(column)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {partitions.map((partition, index) => (
            // Entries have no identity but their place, and they are never reordered here.
            <TableRow key={index}>
              <TableCell component="th" scope="row">
                {index + 1}
              </TableCell>
              {partition.empty ? (
                <TableCell colSpan={COLUMNS.length} sx={{ color: 'text.secondary' }}>
                  {t('emptyEntry')}
                </TableCell>
              ) : (
                COLUMNS.map((column) => (
                  <TableCell key={column} sx={{ fontFamily: column === 'partitionId' ? undefined : 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', overflowWrap: 'anywhere' }}>
                    {partition[column]}
                  </TableCell>
                ))
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
