import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useApiClient } from '../../api/ApiClientProvider';
import { fetchConnection } from '../../api/connections';
import { describeError } from '../../api/error-messages';
import { isDataforError } from '../../api/client';
import { diffConnections } from '../../connection/diff';
import type { WireConnection } from '../../connection/wire';
import { useLocale, useMessages } from '../../i18n/i18n';
import { ChangeTable } from './ChangeTable';
import { reviewMessages } from './messages';
import { theirChanges } from './their-changes';

export interface ReviewChangesDialogProps {
  /** Mount the dialog afresh for every review (see LazyReviewChangesDialog): its state starts at "review". */
  open: boolean;
  /** The connection as loaded: the base of the review and of the concurrent-change check. */
  original: WireConnection;
  /** `toPayload(form, original)`: exactly what "Save changes" will send. */
  payload: WireConnection;
  /** Send `payload`. Called only after the server copy was found unchanged, or the user chose to overwrite. */
  onConfirm: (payload: WireConnection) => void;
  /** Keep editing; nothing sent. */
  onBack: () => void;
  /** The user chose the server's current version: reset the form to it (it becomes the new original). */
  onReload: (theirs: WireConnection) => void;
}

type Phase =
  | { step: 'review' }
  | { step: 'checking' }
  | { step: 'conflict'; fresh: WireConnection }
  | { step: 'gone' }
  | { step: 'check-failed'; reason: string };

/**
 * "Review changes": what a save will change, in plain words, then — right before sending — a
 * fresh read of the connection so a save never silently replaces someone else's. The caller
 * sends nothing itself; it waits for `onConfirm`.
 *
 * On a conflict, "Overwrite anyway" sends exactly the payload the user reviewed
 * (`toPayload(form, original)`), not a merge onto their version: a merge would save settings
 * the user never saw in the review, and the update endpoint replaces the whole connection
 * anyway. The dialog says plainly that their changes are replaced. "Reload their version"
 * discards the local edits; the user sees both lists before choosing either.
 */
export default function ReviewChangesDialog({ open, original, payload, onConfirm, onBack, onReload }: ReviewChangesDialogProps) {
  const t = useMessages(reviewMessages);
  const locale = useLocale();
  const client = useApiClient();
  const titleId = useId();
  const explainId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [phase, setPhase] = useState<Phase>({ step: 'review' });
  const checkRef = useRef<AbortController | null>(null);

  const yours = useMemo(() => diffConnections(original, payload), [original, payload]);

  // Closing (unmounting) the dialog must not leave a re-read running that could still confirm.
  useEffect(() => {
    const checks = checkRef;
    return () => checks.current?.abort();
  }, []);

  const back = useCallback(() => {
    checkRef.current?.abort();
    onBack();
  }, [onBack]);

  const check = useCallback(async () => {
    checkRef.current?.abort();
    const controller = new AbortController();
    checkRef.current = controller;
    setPhase({ step: 'checking' });
    try {
      const fresh = await fetchConnection(client, original.name, controller.signal);
      if (controller.signal.aborted) return;
      if (theirChanges(original, fresh).length === 0) {
        onConfirm(payload);
      } else {
        setPhase({ step: 'conflict', fresh });
      }
    } catch (error) {
      if (controller.signal.aborted || (isDataforError(error) && error.kind === 'aborted')) return;
      if (isDataforError(error) && error.kind === 'not-found') {
        setPhase({ step: 'gone' });
        return;
      }
      setPhase({ step: 'check-failed', reason: describeError(error, locale).message });
    } finally {
      if (checkRef.current === controller) checkRef.current = null;
    }
  }, [client, locale, onConfirm, original, payload]);

  const theirs = phase.step === 'conflict' ? theirChanges(original, phase.fresh) : [];
  const overlapping = new Set(yours.map((c) => c.key));
  const checking = phase.step === 'checking';

  return (
    <Dialog
      open={open}
      onClose={checking ? undefined : back}
      aria-labelledby={titleId}
      aria-describedby={phase.step === 'conflict' ? explainId : undefined}
      fullScreen={fullScreen}
      fullWidth
      maxWidth={phase.step === 'conflict' ? 'lg' : 'md'}
    >
      <DialogTitle id={titleId}>{t('title')}</DialogTitle>
      <DialogContent dividers>
        {phase.step === 'conflict' ? (
          <>
            <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
              <AlertTitle>{t('conflictTitle')}</AlertTitle>
              <span id={explainId}>{t('conflictExplain')}</span>
            </Alert>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
              <ChangeTable caption={t('theirChanges')} changes={theirs} highlightKeys={overlapping} />
              <ChangeTable caption={t('yourChanges')} changes={yours} />
            </Box>
            <Typography variant="body2" sx={{ mt: 2 }}>
              {t('reloadExplain')}
            </Typography>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('overwriteExplain')}
            </Typography>
          </>
        ) : yours.length === 0 ? (
          <Typography role="status">{t('noChanges')}</Typography>
        ) : (
          <>
            <Typography sx={{ mb: 1 }}>{t('intro', { name: original.name })}</Typography>
            <ChangeTable caption={t('title')} hideCaption changes={yours} />
            {phase.step === 'gone' && (
              <Alert severity="warning" role="alert" sx={{ mt: 2 }}>
                {t('gone', { name: original.name })}
              </Alert>
            )}
            {phase.step === 'check-failed' && (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {t('checkFailed', { reason: phase.reason })}
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {checking && (
          <Typography role="status" variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>
            <CircularProgress size={14} sx={{ mr: 1, verticalAlign: 'middle' }} aria-hidden />
            {t('checking')}
          </Typography>
        )}
        <Button onClick={back}>{t('back')}</Button>
        {phase.step === 'conflict' && (
          <>
            <Button color="inherit" variant="outlined" onClick={() => onReload(phase.fresh)}>
              {t('reloadTheirs')}
            </Button>
            <Button color="warning" variant="contained" onClick={() => onConfirm(payload)}>
              {t('overwrite')}
            </Button>
          </>
        )}
        {phase.step === 'gone' && (
          <Button color="warning" variant="contained" onClick={() => onConfirm(payload)}>
            {t('overwrite')}
          </Button>
        )}
        {yours.length > 0 && (phase.step === 'review' || phase.step === 'checking' || phase.step === 'check-failed') && (
          <Button variant="contained" onClick={check} disabled={checking}>
            {phase.step === 'check-failed' ? t('tryAgain') : t('saveChanges')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
