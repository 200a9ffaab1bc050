import { useCallback, useEffect, useId, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTestConnection } from '../../api/connections';
import type { DataforError } from '../../api/client';
import { toPayload } from '../../connection/convert';
import { connectionVariables } from '../../connection/variables';
import type { WireConnection } from '../../connection/wire';
import { useLocale, useMessages } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ACTION_BAR_HEIGHT_VAR } from '../ActionBar';
import { formatElapsed } from './format-elapsed';
import { testConnectionMessages } from './messages';
import { useFormMethods } from '../form-methods';

type Outcome =
  | { kind: 'success'; msg: string | null; elapsedMs: number }
  | { kind: 'failure'; msg: string | null; elapsedMs: number }
  | { kind: 'cancelled'; elapsedMs: number }
  | { kind: 'timeout'; elapsedMs: number }
  | { kind: 'error'; error: DataforError; elapsedMs: number };

export interface TestConnectionButtonProps {
  /** The connection as loaded: the draft is sent as `toPayload(form, original)`, like a save. */
  original: WireConnection;
  /** Read-only: the form holds the saved connection, and the test is of it as saved. */
  asSaved?: boolean;
}

/**
 * Tests the settings on screen — not the saved ones, which is the complaint users have about
 * most editors. It never blocks the form: the user can keep typing while it runs, cancel it,
 * and the API layer gives up after its own limit.
 */
export function TestConnectionButton({ original, asSaved = false }: TestConnectionButtonProps) {
  const t = useMessages(testConnectionMessages);
  const locale = useLocale();
  const { getValues, subscribe } = useFormMethods();
  const { mutate, isPending } = useTestConnection();
  const controllerRef = useRef<AbortController | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  // A result describes the values as they were when tested; say so once they change.
  const [stale, setStale] = useState(false);
  // Kettle variables in the tested values: only the server that runs the connection resolves them.
  const [variables, setVariables] = useState<string[]>([]);
  const hintId = useId();

  useEffect(() => {
    if (!outcome || stale) return;
    // A subscription, not a watch: typing re-renders nothing here until the first change.
    return subscribe({ formState: { values: true }, callback: () => setStale(true) });
  }, [outcome, stale, subscribe]);

  // Leaving the editor must not leave a test running against someone's database.
  useEffect(() => () => controllerRef.current?.abort(), []);

  const run = useCallback(() => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    const started = performance.now();
    setStartedAt(started);
    setOutcome(null);
    setStale(false);
    const elapsed = () => Math.round(performance.now() - started);
    let payload: WireConnection;
    try {
      payload = toPayload(getValues(), original);
    } catch (error) {
      // A draft the converter cannot express is reported, not thrown at React.
      setOutcome({ kind: 'failure', msg: error instanceof Error ? error.message : String(error), elapsedMs: 0 });
      setStartedAt(null);
      return;
    }
    setVariables(connectionVariables(payload));
    mutate(
      { payload, signal: controller.signal },
      {
        onSuccess: (result) =>
          setOutcome({ kind: result.success ? 'success' : 'failure', msg: result.msg, elapsedMs: result.elapsedMs }),
        onError: (error) => {
          if (error.kind === 'aborted') setOutcome({ kind: 'cancelled', elapsedMs: elapsed() });
          else if (error.kind === 'timeout') setOutcome({ kind: 'timeout', elapsedMs: elapsed() });
          else setOutcome({ kind: 'error', error, elapsedMs: elapsed() });
        },
        onSettled: () => {
          if (controllerRef.current === controller) controllerRef.current = null;
          setStartedAt(null);
        },
      },
    );
  }, [getValues, mutate, original]);

  const cancel = useCallback(() => controllerRef.current?.abort(), []);

  // The result shows where the user is looking: right under the button, scrolled clear of the
  // sticky save bar (which covers the lower part of the pane, the button included at first).
  // Only while the user is still with the test: someone who went on typing elsewhere is not
  // pulled away, and hears the result from the live region instead.
  const areaRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const area = areaRef.current;
    const result = resultRef.current;
    if (!outcome || !area || !result) return;
    const focused = (area.getRootNode() as Document | ShadowRoot).activeElement;
    const withTheTest = !focused || focused === document.body || area.contains(focused);
    if (withTheTest) result.scrollIntoView({ block: 'nearest', behavior: 'auto' });
  }, [outcome]);

  return (
    <Stack ref={areaRef} spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          onClick={run}
          disabled={isPending}
          aria-describedby={hintId}
          startIcon={isPending ? <CircularProgress size={16} aria-hidden /> : undefined}
        >
          {t('test')}
        </Button>
        {isPending && (
          <Button variant="text" color="inherit" onClick={cancel}>
            {t('cancel')}
          </Button>
        )}
        {isPending && startedAt !== null && <RunningClock startedAt={startedAt} label={t('testing')} />}
      </Stack>
      {/* Always in the page, so that a result put into it is announced (a live region that
          appears together with its text is not reliably read out). */}
      <Box
        ref={resultRef}
        aria-live="polite"
        sx={{
          width: '100%',
          // Empty, it takes no room (but stays in the accessibility tree: not display:none).
          '&&:empty': { mt: 0 },
          // Clear of the sticky action bar when scrolled into view (ConnectionForm keeps its
          // height in this variable).
          scrollMarginBottom: `calc(var(${ACTION_BAR_HEIGHT_VAR}, 6rem) + 8px)`,
        }}
      >
        {outcome && <OutcomeMessage outcome={outcome} locale={locale} />}
        {outcome && variables.length > 0 && (
          <Alert severity="info" role="status" sx={{ mt: 1 }}>
            {t('variables', { variables: variables.join(', ') })}
          </Alert>
        )}
      </Box>
      <Typography id={hintId} variant="caption" color="text.secondary">
        {asSaved ? t('hintAsSaved') : t('hint')}
      </Typography>
      {outcome && stale && (
        <Typography variant="caption" color="text.secondary">
          {t('stale')}
        </Typography>
      )}
    </Stack>
  );
}

function OutcomeMessage({ outcome, locale }: { outcome: Outcome; locale: ReturnType<typeof useLocale> }) {
  const t = useMessages(testConnectionMessages);
  const time = formatElapsed(outcome.elapsedMs, locale);
  switch (outcome.kind) {
    case 'success':
      return (
        <Alert severity="success" role="status">
          {outcome.msg ? t('succeededWithMessage', { time, msg: outcome.msg }) : t('succeeded', { time })}
        </Alert>
      );
    case 'failure':
      return (
        <Alert severity="error" role="alert">
          {outcome.msg ? t('failed', { time, reason: outcome.msg }) : t('failedNoReason', { time })}
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert severity="info" role="status">
          {t('cancelled', { time })}
        </Alert>
      );
    case 'timeout':
      return (
        <Alert severity="warning" role="alert">
          {t('timedOut', { time })}
        </Alert>
      );
    case 'error':
      return <ErrorAlert error={outcome.error} context={t('requestFailed', { time })} />;
  }
}

/** A once-a-second clock while the test runs, so a slow server visibly is not a frozen page. */
function RunningClock({ startedAt, label }: { startedAt: number; label: string }) {
  const t = useMessages(testConnectionMessages);
  const locale = useLocale();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <Typography variant="body2" color="text.secondary">
      {label} {seconds > 0 ? t('elapsed', { time: formatElapsed(seconds * 1000, locale) }) : ''}
    </Typography>
  );
}
