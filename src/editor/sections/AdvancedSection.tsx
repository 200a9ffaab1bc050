import { useMessages } from '../../i18n/i18n';
import { editorMessages } from '../messages';
import { Section } from './Section';
import { TableFields } from './TableFields';

// Switches have no helper line, so the rows sit closer than the other sections' text boxes.
const ROWS = { rowGap: 0 } as const;

/** Connect SQL, identifier handling, and the fields only some database types use: all from the field table. */
export function AdvancedSection() {
  const t = useMessages(editorMessages);
  return (
    <Section heading={t('advancedHeading')}>
      <TableFields section="advanced" sx={ROWS} />
    </Section>
  );
}
