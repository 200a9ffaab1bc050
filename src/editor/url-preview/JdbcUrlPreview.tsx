import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useFormContext, useWatch } from 'react-hook-form';
import { resolveDatabaseType } from '../../connection/catalogue';
import type { ConnectionFormValues } from '../../connection/form';
import { buildJdbcUrl } from '../../connection/jdbc-url';
import { containsVariable } from '../../connection/rules';
import type { ServerDatabaseType } from '../../connection/wire';
import { useMessages } from '../../i18n/i18n';
import { copyText } from './copy-text';
import { urlPreviewMessages } from './messages';

export interface JdbcUrlPreviewProps {
  /** The type the server sent, so a type the catalogue lacks still resolves to its own entry. */
  serverType: ServerDatabaseType;
  /**
   * The connection's stored attributes (warehouse, MSSQLUseIntegratedSecurity, jdbcAuthMethod, …):
   * the URL carries some that the form does not edit yet.
   */
  attributes?: Readonly<Record<string, string | null>> | null;
}

interface Preview {
  url: string;
  /** JNDI and plugin connections are looked up by name on the server: they have no URL. */
  lookedUpByName: boolean;
  /** A type whose URL rule this editor lacks (unknown to the catalogue, or not named by the server). */
  noRule: boolean;
}

const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/**
 * The settings the URL is made of. Watching only these (not the whole form) matters: while
 * anything watches a field, react-hook-form copies all form values on each keystroke in it,
 * and the name, credentials and pool rows have nothing to do with the URL.
 */
const URL_FIELDS = [
  'databaseTypeShortName',
  'accessType',
  'hostname',
  'port',
  'databaseName',
  'username',
  'customUrl',
  'options',
  'sqlServerInstance',
  'informixServername',
] as const;

/**
 * The URL the settings on screen produce. `compute` runs when one of its fields changes, and
 * the component re-renders only when the URL itself changes. The box showing it follows a
 * deferred copy of the preview: a keystroke in a host or option field renders the field alone,
 * and the preview catches up in a background render straight after (issue 6: the text
 * field, copy button and status re-rendering inside every keystroke).
 */
export default function JdbcUrlPreview({ serverType, attributes: stored }: JdbcUrlPreviewProps) {
  const { control } = useFormContext<ConnectionFormValues>();
  // A null attribute is as good as absent to the server (Java's `get` gives null for both).
  const attributes = useMemo(
    () => Object.fromEntries(Object.entries(stored ?? {}).filter((e): e is [string, string] => e[1] != null)),
    [stored],
  );
  const preview = useWatch({
    control,
    name: URL_FIELDS,
    compute: ([databaseTypeShortName, accessType, hostname, port, databaseName, username, customUrl, options, sqlServerInstance, informixServername]): Preview => {
      const type = resolveDatabaseType(databaseTypeShortName, serverType);
      return {
        url: buildJdbcUrl(
          { accessType, hostname, port, databaseName, username, customUrl, options, sqlServerInstance, informixServername, attributes },
          type,
        ),
        lookedUpByName: accessType === 'JNDI' || accessType === 'PLUGIN',
        noRule: type.urlShape === 'none',
      };
    },
  });
  const shown = useDeferredValue(preview);
  return <PreviewBox url={shown.url} lookedUpByName={shown.lookedUpByName} noRule={shown.noRule} />;
}

const PreviewBox = memo(function PreviewBox({ url, lookedUpByName, noRule }: Preview) {
  const t = useMessages(urlPreviewMessages);
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const id = useId();

  const copy = useCallback(async () => {
    const copied = await copyText(url, inputRef.current);
    setCopyState(copied ? 'copied' : 'failed');
    if (!copied) {
      // Leave the text selected so the keyboard shortcut the message names works at once.
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [url]);

  return (
    <Stack spacing={1}>
      <TextField
        id={id}
        label={t('label')}
        value={url}
        fullWidth
        inputRef={inputRef}
        helperText={
          url ? (containsVariable(url) ? t('withVariables') : t('help')) : lookedUpByName ? t('noUrlForJndi') : noRule ? t('noRule') : t('empty')
        }
        slotProps={{
          // A plain <textarea>, not MUI's `multiline` (TextareaAutosize): that one reads layout
          // on every render, and this box re-renders on every keystroke — with 300 option rows
          // that is seconds of forced reflow.
          input: { readOnly: true, inputComponent: 'textarea' },
          // As tall as the URL needs (`field-sizing`), so a long one is never cut; nothing to
          // resize in a box the user cannot type into.
          htmlInput: {
            spellCheck: false,
            rows: 1,
            style: { fontFamily: MONOSPACE, wordBreak: 'break-all', height: 'auto', resize: 'none', fieldSizing: 'content', minHeight: '1.5em' },
          },
        }}
      />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="outlined" size="small" startIcon={<ContentCopyIcon />} onClick={copy} disabled={!url}>
          {t('copy')}
        </Button>
        <Typography
          role={copyState === 'failed' ? 'alert' : 'status'}
          variant="body2"
          color={copyState === 'failed' ? 'error' : 'text.secondary'}
        >
          {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
        </Typography>
      </Stack>
    </Stack>
  );
});
