/**
 * The session: a sign-in dialog that any call hitting an expired session (or the first call
 * of a page opened without one) waits for, over the untouched page. requestJson retries the
 * interrupted call after a successful sign-in, so nothing the user typed is lost.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { isDataforError, setSignInHandler } from '../api/http';
import { signIn, signOut } from '../api/session';
import { describeError } from '../api/error-messages';
import { useLocale, useMessages } from '../i18n/i18n';
import { appMessages } from './messages';

interface SessionContextValue {
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const settle = useRef<((signedIn: boolean) => void) | null>(null);

  useEffect(
    () =>
      setSignInHandler(
        () =>
          new Promise<boolean>((resolve) => {
            settle.current = resolve;
            setOpen(true);
          }),
      ),
    [],
  );

  const finish = useCallback((signedIn: boolean) => {
    setOpen(false);
    settle.current?.(signedIn);
    settle.current = null;
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({
      signOut: async () => {
        await signOut();
        // Everything cached belonged to the previous user; refetching asks who is next.
        await queryClient.resetQueries();
      },
    }),
    [queryClient],
  );

  return (
    <SessionContext.Provider value={value}>
      {children}
      {open && <SignInDialog onSignedIn={() => finish(true)} onCancel={() => finish(false)} />}
    </SessionContext.Provider>
  );
}

function SignInDialog({ onSignedIn, onCancel }: { onSignedIn: () => void; onCancel: () => void }) {
  const t = useMessages(appMessages);
  const locale = useLocale();
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
      await signIn(username, password);
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
            <DialogContentText>{t('signInIntro')}</DialogContentText>
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
