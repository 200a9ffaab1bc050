import { memo } from 'react';
import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { Section } from './Section';
import { TableFields } from './TableFields';

/** Name, where the database is, and who connects to it: all from the field table. */
export const GeneralSection = memo(function GeneralSection() {
  const t = useMessages(editorMessages);
  return (
    <Section heading={t('generalHeading')}>
      <TableFields section="general" />
    </Section>
  );
});
