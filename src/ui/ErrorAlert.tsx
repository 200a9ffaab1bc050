import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import { describeError } from '../api/error-messages';
import { useLocale } from '../i18n/i18n';
import { FailureDetails } from './FailureDetails';

export interface ErrorAlertProps {
  /** Any failure; a DataforError gets its kind's words, anything else a generic text. */
  error: unknown;
  /** What could not be done ("Could not open connection foodmart2"); the failure's own title then follows it. */
  context?: string;
  /** Buttons beside the message (Retry, Sign in again). */
  action?: ReactNode;
  sx?: SxProps<Theme>;
}

/**
 * One look for every failure the editor reports — loading a connection, saving it, testing it,
 * listing connections: what failed, why in plain words, and the code and the server's own text
 * under "Details" for an administrator to quote.
 */
export function ErrorAlert({ error, context, action, sx }: ErrorAlertProps) {
  const locale = useLocale();
  const failure = describeError(error, locale);
  return (
    <Alert severity="error" role="alert" action={action} sx={sx}>
      <AlertTitle>{context ?? failure.title}</AlertTitle>
      {context !== undefined && (
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {failure.title}
        </Typography>
      )}
      <Typography variant="body2">{failure.message}</Typography>
      <FailureDetails failure={failure} />
    </Alert>
  );
}
