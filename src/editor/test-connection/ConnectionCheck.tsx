import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { WireConnection } from '../../connection/wire';
import { LazyJdbcUrlPreview } from '../url-preview/LazyJdbcUrlPreview';
import { TestConnectionButton } from './TestConnectionButton';

/**
 * The URL the settings produce and the button that tries them, side by side under the type:
 * both answer "will these settings reach the database?". Read-only users still see the URL
 * (it is information) but get no Test, which the server would refuse them anyway.
 */
export function ConnectionCheck({ original, readOnly }: { original: WireConnection; readOnly: boolean }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <LazyJdbcUrlPreview original={original} />
        {!readOnly && <TestConnectionButton original={original} />}
      </Stack>
    </Paper>
  );
}
