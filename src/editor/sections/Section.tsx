import { useId, type ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/**
 * One headed region of the form. `<section>` named by its `<h3>` (under the `<h2>` naming the
 * connection) is a landmark, so screen reader users can jump between General, Database type,
 * Options, Pooling and Advanced.
 */
export function Section({ heading, actions, children }: { heading: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2, gap: 1, flexWrap: 'wrap' }}>
        <Typography id={headingId} component="h3" variant="h6">
          {heading}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}
