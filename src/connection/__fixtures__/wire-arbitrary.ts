/**
 * fast-check generators of wire connections for the property tests: any mix of nulls, absent
 * keys, unknown top-level fields, unknown attributes, options under the current and other
 * prefixes (and none), shuffled/partial/dangling option orders, and listed or unknown pool
 * properties. The field table's simple fields (fields.ts) are generated from the table, so a
 * new one is covered without touching this file.
 */
import fc from 'fast-check';
import { FIELD_ATTRIBUTES, SIMPLE_FIELDS } from '../fields';
import { POOL_PARAMETERS } from '../pool';
import { wireConnectionSchema, type WireConnection } from '../wire';

const KNOWN_FIELDS = new Set(Object.keys(wireConnectionSchema.shape));
const shortNames = ['POSTGRESQL', 'MYSQL', 'ORACLE', 'GENERIC', 'MSSQLNative', 'MSSQL', 'REDSHIFT', 'SNOWFLAKEHV', 'AZURESQLDB', 'SOMEFUTUREDB'];
export const word = fc.string({ minLength: 0, maxLength: 6 });
const nullableWord = fc.option(word, { nil: null });
const nullableBool = fc.option(fc.boolean(), { nil: null });
export const portText = fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 65535 }).map(String), word);
const nullablePort = fc.option(portText, { nil: null });

const databaseTypeArb = fc.constantFrom(...shortNames).chain((shortName) =>
  fc.record(
    {
      name: fc.constant(shortName.toLowerCase()),
      shortName: fc.constant(shortName),
      defaultDatabasePort: fc.option(fc.integer({ min: -1, max: 65535 }), { nil: null }),
      defaultDatabaseName: nullableWord,
      defaultOptions: fc.constant(null),
      extraOptionsHelpUrl: nullableWord,
      serverExtra: fc.jsonValue(),
    },
    { requiredKeys: ['name', 'shortName'] },
  ),
);

/** Values of attributes, including the spellings a "true"/"false" field may meet. */
const attributeValue = fc.option(fc.oneof(word, fc.constantFrom('true', 'false', 'TRUE', 'False')), { nil: null });

/** The table's top-level simple fields, each absent, null or of its type. */
const simpleTopLevelFields = Object.fromEntries(
  SIMPLE_FIELDS.flatMap(({ wire }) => ('key' in wire && wire.key !== 'name' ? [[wire.key, wire.as === 'boolean' ? nullableBool : nullableWord]] : [])),
);

// Now and then the SQL Server instance, which Pentaho keeps as an option whatever the type.
const optionKeyArb = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom(...shortNames, 'OTHER', ''), word).map(([prefix, name]) => (prefix ? `${prefix}.${name}` : name)), weight: 9 },
  { arbitrary: fc.constant('MSSQL.instance'), weight: 1 },
);

export const wireArb: fc.Arbitrary<WireConnection> = fc
  .record(
    {
      ...simpleTopLevelFields,
      id: fc.option(fc.uuid(), { nil: null }),
      name: word,
      accessType: fc.constantFrom('NATIVE', 'JNDI', 'ODBC', 'OCI', 'PLUGIN', 'CUSTOM'),
      accessTypeValue: nullableWord,
      databaseType: databaseTypeArb,
      databasePort: nullablePort,
      password: nullableWord,
      attributes: fc.option(
        fc.dictionary(
          fc.oneof(fc.constantFrom('PORT_NUMBER', 'driverId', 'CUSTOM_URL', 'CUSTOM_DRIVER_CLASS', 'warehouse', ...FIELD_ATTRIBUTES), word),
          attributeValue,
        ),
        { nil: null },
      ),
      extraOptions: fc.option(fc.dictionary(optionKeyArb, nullableWord), { nil: null }),
      extraOptionsOrderSeed: fc.array(fc.nat(), { maxLength: 8 }),
      connectionPoolingProperties: fc.option(
        fc.dictionary(fc.oneof(fc.constantFrom(...POOL_PARAMETERS.map((p) => p.parameter)), word), nullableWord),
        { nil: null },
      ),
      initialPoolSize: fc.option(fc.integer(), { nil: null }),
      maximumPoolSize: fc.option(fc.integer(), { nil: null }),
      changed: nullableBool,
      partitioned: nullableBool,
      SQLServerInstance: nullableWord,
      sqlserverInstance: nullableWord,
      driverId: nullableWord,
      PORT_NUMBER: nullablePort,
      CUSTOM_URL: nullableWord,
      CUSTOM_DRIVER_CLASS: nullableWord,
      unknown: fc.dictionary(word.filter((k) => !KNOWN_FIELDS.has(k) && k !== 'sqlserverInstance'), fc.jsonValue(), { maxKeys: 3 }),
    },
    { requiredKeys: ['name', 'accessType', 'databaseType', 'extraOptionsOrderSeed', 'unknown'] },
  )
  .map(({ extraOptionsOrderSeed, unknown, ...fields }) => {
    // An order over some of the keys, shuffled, with a dangling entry now and then.
    const keys = Object.keys(fields.extraOptions ?? {});
    const picked = extraOptionsOrderSeed.map((n) => (n % 7 === 6 ? 'DANGLING.key' : keys[n % Math.max(keys.length, 1)] ?? 'X.none'));
    const order = Object.fromEntries(picked.map((k, i) => [String(i), k]));
    return wireConnectionSchema.parse({ ...unknown, ...fields, ...(fields.extraOptions ? { extraOptionsOrder: order } : {}) });
  });

