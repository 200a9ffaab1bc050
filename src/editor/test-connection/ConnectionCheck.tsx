import { memo } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { WireConnection } from '../../connection/wire';
import { LazyJdbcUrlPreview } from '../url-preview/LazyJdbcUrlPreview';
import { TestConnectionButton } from './TestConnectionButton';

/**
 * The URL the settings produce and the button that tries them, side by side under the type:
 * both answer "will these settings reach the database?". A read-only form holds the connection
 * exactly as saved, which the server lets anyone who can read it test (server/test-policy.ts),
 * so Test stays; only after the server refused a save (the form may hold edits it would refuse
 * to test with the stored password) is it gone.
 */
export const ConnectionCheck = memo(function ConnectionCheck({ original, readOnly, refused }: { original: WireConnection; readOnly: boolean; refused: boolean }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <LazyJdbcUrlPreview original={original} />
        {!refused && <TestConnectionButton original={original} asSaved={readOnly} />}
      </Stack>
    </Paper>
  );
});
