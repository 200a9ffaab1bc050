/** Sign-in over the untouched page; the fields stay uncontrolled so the password never reaches a DOM attribute. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { describeError } from '../api/error-messages';
import { useApiClient } from '../api/ApiClientProvider';
import { isDataforError } from '../api/client';
import { signIn } from '../api/session';
import { useLocale, useMessages } from '../i18n/i18n';
import { appMessages } from './messages';
import type { SignInPurpose } from './session-state';

const INTRO: Record<SignInPurpose, keyof typeof appMessages> = {
  'first-visit': 'signInIntroPlain',
  'sign-in': 'signInIntroPlain',
  expired: 'signInIntroExpired',
  // Only here is there something to lose, so only here does the dialog say nothing is lost.
  'expired-with-edits': 'signInIntroExpiredWithEdits',
};

export interface SignInDialogProps {
  /** Why it opened: decides its first line. */
  purpose: SignInPurpose;
  onSignedIn: () => void;
  onCancel: () => void;
}

export function SignInDialog({ purpose, onSignedIn, onCancel }: SignInDialogProps) {
  const t = useMessages(appMessages);
  const locale = useLocale();
  const client = useApiClient();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const userNameInput = useRef<HTMLInputElement>(null);

  // The dialog opens because a call needs it, so typing can start at once.
  useEffect(() => {
    const timer = setTimeout(() => userNameInput.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  // The fields stay uncontrolled: React would otherwise mirror the password into a DOM attribute.
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const username = String(fields.get('username') ?? '').trim();
    const password = String(fields.get('password') ?? '');
    if (!username || !password) {
      setProblem(t('signInNeedsBoth'));
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      await signIn(client, username, password);
      form.reset();
      onSignedIn();
    } catch (error) {
      setPending(false);
      if (isDataforError(error) && (error.kind === 'unauthorized' || error.kind === 'forbidden' || error.kind === 'server')) {
        setProblem(error.serverMessage ?? t('signInRefused'));
      } else {
        setProblem(describeError(error, locale).message);
      }
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onCancel} aria-labelledby="datafor-sign-in-title" maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="datafor-sign-in-title">{t('signInTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t(INTRO[purpose])}</DialogContentText>
            {problem && <Alert severity="error">{problem}</Alert>}
            <TextField name="username" label={t('userName')} autoComplete="username" inputRef={userNameInput} required disabled={pending} />
            <TextField
              name="password"
              type="password"
              label={t('password')}
              autoComplete="current-password"
              required
              disabled={pending}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel} disabled={pending}>
            {t('cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={pending} loadingPosition="start">
            {pending ? t('signingIn') : t('signIn')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
