import Box from '@mui/material/Box';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { FieldIssue } from '../../connection/field-rules';
import { validationMessage, validationMessageText } from '../../connection/validation-messages';
import { useLocale, useMessages } from '../../i18n/i18n';
import { serverValueMessages } from './messages';
import type { FieldNotice } from './ServerValues';
import { visuallyHidden as hidden } from '../../ui/visually-hidden';

/** The words of a warning about a value the server sent: the rule it breaks, and that it is kept. */
export function useServerValueWarningText(): (issue: FieldIssue) => string {
  const t = useMessages(serverValueMessages);
  const locale = useLocale();
  return (issue) => `${validationMessageText(validationMessage(issue.key, issue.vars), locale)} ${t('keptAsStored')}`;
}

/**
 * A notice as helper text: an icon (a warning is not an error, so the field is not marked
 * invalid) and words that say which it is to a screen reader too. The text keeps the helper
 * colour, which has the contrast the warning colour lacks on a light background.
 */
export function FieldNoticeText({ notice }: { notice: FieldNotice }) {
  const t = useMessages(serverValueMessages);
  const warningText = useServerValueWarningText();
  const warning = notice.severity === 'warning';
  const text = warning
    ? warningText(notice.issue)
    : notice.note.key === 'portNone'
      ? t('portNone', { text: notice.note.text })
      : t('variable');
  const Icon = warning ? WarningAmberIcon : InfoOutlinedIcon;
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'flex-start' }}>
      <Icon aria-hidden fontSize="inherit" sx={{ mt: '0.2em', color: warning ? 'warning.main' : 'info.main' }} />
      <span>
        <Box component="span" sx={hidden}>
          {warning ? t('warning') : t('note')}{' '}
        </Box>
        {text}
      </span>
    </Box>
  );
}
