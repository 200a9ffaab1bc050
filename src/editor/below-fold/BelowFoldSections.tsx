import type { WireConnection } from '../../connection/wire';
import { PoolingSection } from '../sections/PoolingSection';
import { AdvancedSection } from '../sections/AdvancedSection';
import { PartitionsSection } from '../partitions/PartitionsSection';

export interface BelowFoldSectionsProps {
  original: WireConnection;
}

/**
 * The sections below the first screen — pooling (its twenty parameters, their descriptions in
 * two languages, the Add parameter menu), advanced and partitions — as one code-split part:
 * their code is fetched once the first screen is up, not before it (issue 10.7 byte budget).
 */
export default function BelowFoldSections({ original }: BelowFoldSectionsProps) {
  return (
    <>
      <PoolingSection />
      <AdvancedSection />
      <PartitionsSection original={original} />
    </>
  );
}
