/**
 * What a connection tells about its database type when the server did not name it
 * (`databaseType` null, absent or without a shortName — a Pentaho server lists a type only if its
 * JDBC driver loads there): the name its type object still carries, the prefixes of its options
 * (`GOOGLEBIGQUERY` of `GOOGLEBIGQUERY.ProjectId`, also from Kettle's `EXTRA_OPTION_<TYPE>.<name>`
 * attribute mirrors) and the attributes that name a type (`DATABASE_TYPE…`, `DATABASE_DIALECT_ID`).
 * Shown beside "not available on this server" so the user knows what they are editing.
 */
import type { WireConnection } from './wire';

export interface TypeClues {
  /** `databaseType.name` when the object has one ('' otherwise). */
  name: string;
  /** Option prefixes in order of first use, each once. */
  optionPrefixes: string[];
  /** `[key, value]` of the attributes that name a type. */
  attributes: [key: string, value: string][];
}

const EXTRA_OPTION_ATTRIBUTE = 'EXTRA_OPTION_';
const TYPE_ATTRIBUTE = /^(DATABASE_TYPE|DATABASE_DIALECT_ID)/i;
/** Enough to recognise a type; a connection with hundreds of options lists no more. */
const MAX_CLUES = 8;

function prefixOf(key: string): string {
  const dot = key.indexOf('.');
  return dot > 0 ? key.slice(0, dot) : '';
}

export function typeClues(wire: WireConnection): TypeClues {
  const prefixes = new Set<string>();
  for (const key of Object.keys(wire.extraOptions ?? {})) {
    const prefix = prefixOf(key);
    if (prefix) prefixes.add(prefix);
  }
  const attributes: [string, string][] = [];
  for (const [key, value] of Object.entries(wire.attributes ?? {})) {
    if (key.startsWith(EXTRA_OPTION_ATTRIBUTE)) {
      const prefix = prefixOf(key.slice(EXTRA_OPTION_ATTRIBUTE.length));
      if (prefix) prefixes.add(prefix);
    } else if (TYPE_ATTRIBUTE.test(key) && value) {
      attributes.push([key, value]);
    }
  }
  return {
    name: wire.databaseType?.name ?? '',
    optionPrefixes: [...prefixes].slice(0, MAX_CLUES),
    attributes: attributes.slice(0, MAX_CLUES),
  };
}
