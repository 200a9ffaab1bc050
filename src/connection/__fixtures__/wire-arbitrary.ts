/**
 * fast-check generators of wire connections for the property tests: any mix of nulls, absent
 * keys, unknown top-level fields, unknown attributes, options under the current and other
 * prefixes (and none), shuffled/partial/dangling/empty/missing option orders, and listed or
 * unknown pool properties — and the shapes real servers send (issue 13): `databaseType` null,
 * absent, bare (`{ shortName }`) or with keys of its own, numbers as strings, no access type,
 * Kettle `${VAR}` variables, "-1" and "0" ports, ports only in attributes, Kettle's
 * `EXTRA_OPTION_*` / `DATABASE_TYPE*` attribute mirrors, partitions, list-only keys. The field
 * table's simple fields (fields.ts) are generated from the table, so a new one is covered
 * without touching this file.
 */
import fc from 'fast-check';
import { FIELD_ATTRIBUTES, SIMPLE_FIELDS } from '../fields';
import { POOL_PARAMETERS } from '../pool';
import { wireConnectionSchema, type WireConnection } from '../wire';

const KNOWN_FIELDS = new Set(Object.keys(wireConnectionSchema.shape));
const shortNames = ['POSTGRESQL', 'MYSQL', 'ORACLE', 'GENERIC', 'MSSQLNative', 'MSSQL', 'REDSHIFT', 'SNOWFLAKEHV', 'AZURESQLDB', 'SOMEFUTUREDB', 'GOOGLEBIGQUERY'];
export const word = fc.string({ minLength: 0, maxLength: 6 });
/** A Kettle variable as exported connections carry them. */
export const variable = fc.constantFrom('${DB_HOST}', '${DB_PORT}', '${DB_NAME}', '${CONNECTION_URL}', '${DRIVER}', '${X}');
/** Text as servers hold it: words, variables, and words around a variable. */
export const serverText = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 1, arbitrary: variable },
  { weight: 1, arbitrary: fc.tuple(word, variable, word).map(([a, v, b]) => a + v + b) },
);
const nullableText = fc.option(serverText, { nil: null });
const nullableBool = fc.option(fc.boolean(), { nil: null });
/** Ports as servers store them: numbers, none ("-1", platform "0"), variables, and anything. */
export const portText = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 1, max: 65535 }).map(String),
  fc.constantFrom('-1', '0', '${DB_PORT}'),
  word,
);
const nullablePort = fc.option(portText, { nil: null });
/** A number some servers and pages send as a string. */
const numberOrText = fc.oneof(fc.integer(), fc.integer({ min: -1, max: 65535 }).map(String), word);

const fullDatabaseType = fc.constantFrom(...shortNames).chain((shortName) =>
  fc.record(
    {
      name: fc.option(fc.constant(shortName.toLowerCase()), { nil: null }),
      shortName: fc.constant(shortName),
      defaultDatabasePort: fc.option(numberOrText, { nil: null }),
      defaultDatabaseName: fc.option(word, { nil: null }),
      defaultOptions: fc.constant(null),
      extraOptionsHelpUrl: fc.option(word, { nil: null }),
      // Keys of a server's own, such as Datafor's page shows (`driver`, `protocol`).
      driver: word,
      protocol: word,
      serverExtra: fc.jsonValue(),
    },
    { requiredKeys: ['shortName'] },
  ),
);

/** What `databaseType` holds: a type object (thin or full), a bare name, none, or null. */
const databaseTypeArb = fc.oneof(
  { weight: 6, arbitrary: fullDatabaseType },
  { weight: 1, arbitrary: fc.constantFrom(...shortNames).map((shortName) => ({ shortName })) },
  { weight: 1, arbitrary: fc.record({ name: word, shortName: fc.constantFrom('', null) }, { requiredKeys: [] }) },
  { weight: 2, arbitrary: fc.constant(null) },
);

/** Values of attributes, including the spellings a "true"/"false" field may meet. */
const attributeValue = fc.option(fc.oneof(serverText, fc.constantFrom('true', 'false', 'TRUE', 'False', '-1', '0')), { nil: null });
const attributeKey = fc.oneof(
  fc.constantFrom('PORT_NUMBER', 'driverId', 'CUSTOM_URL', 'CUSTOM_DRIVER_CLASS', 'warehouse', 'DATABASE_TYPE', 'DATABASE_TYPE_NAME', ...FIELD_ATTRIBUTES),
  fc.tuple(fc.constantFrom(...shortNames), word).map(([prefix, name]) => `EXTRA_OPTION_${prefix}.${name}`),
  word,
);

/** The table's top-level simple fields, each absent, null or of its type. */
const simpleTopLevelFields = Object.fromEntries(
  SIMPLE_FIELDS.flatMap(({ wire }) => ('key' in wire && wire.key !== 'name' ? [[wire.key, wire.as === 'boolean' ? nullableBool : nullableText]] : [])),
);

// Now and then the SQL Server instance, which Pentaho keeps as an option whatever the type.
const optionKeyArb = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom(...shortNames, 'OTHER', ''), word).map(([prefix, name]) => (prefix ? `${prefix}.${name}` : name)), weight: 9 },
  { arbitrary: fc.constant('MSSQL.instance'), weight: 1 },
);

/** A partition entry as Kettle stores them, or an empty one. */
const partitionArb = fc.oneof(
  fc.record(
    { partitionId: nullableText, hostname: nullableText, port: nullablePort, databaseName: nullableText, username: nullableText, password: fc.constant(null) },
    { requiredKeys: [] },
  ),
  fc.constant({}),
  fc.constant(null),
);

export const wireArb: fc.Arbitrary<WireConnection> = fc
  .record(
    {
      ...simpleTopLevelFields,
      id: fc.option(fc.uuid(), { nil: null }),
      name: word,
      accessType: fc.option(fc.constantFrom('NATIVE', 'JNDI', 'ODBC', 'OCI', 'PLUGIN', 'CUSTOM'), { nil: null }),
      accessTypeValue: fc.option(fc.oneof(word, fc.constantFrom('NATIVE', 'JNDI')), { nil: null }),
      databaseType: databaseTypeArb,
      databasePort: nullablePort,
      password: fc.option(word, { nil: null }),
      attributes: fc.option(fc.dictionary(attributeKey, attributeValue), { nil: null }),
      extraOptions: fc.option(fc.dictionary(optionKeyArb, nullableText), { nil: null }),
      // An order over some of the keys; or an empty one, or none at all.
      extraOptionsOrderSeed: fc.oneof(fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom('empty', 'absent', 'null')),
      connectionPoolingProperties: fc.option(
        fc.dictionary(fc.oneof(fc.constantFrom(...POOL_PARAMETERS.map((p) => p.parameter)), word), nullableText),
        { nil: null },
      ),
      initialPoolSize: fc.option(numberOrText, { nil: null }),
      maximumPoolSize: fc.option(numberOrText, { nil: null }),
      changed: nullableBool,
      partitioned: nullableBool,
      partitioningInformation: fc.option(fc.array(partitionArb, { maxLength: 3 }), { nil: null }),
      SQLServerInstance: nullableText,
      sqlserverInstance: nullableText,
      driverId: nullableText,
      PORT_NUMBER: nullablePort,
      CUSTOM_URL: nullableText,
      CUSTOM_DRIVER_CLASS: nullableText,
      // Keys only `list` sends.
      isSystem: fc.boolean(),
      isUploadDataset: fc.boolean(),
      unknown: fc.dictionary(word.filter((k) => !KNOWN_FIELDS.has(k) && k !== 'sqlserverInstance'), fc.jsonValue(), { maxKeys: 3 }),
    },
    { requiredKeys: ['name', 'extraOptionsOrderSeed', 'unknown'] },
  )
  .map(({ extraOptionsOrderSeed, unknown, ...fields }) => {
    const body: Record<string, unknown> = { ...unknown, ...fields };
    if (fields.extraOptions && Array.isArray(extraOptionsOrderSeed)) {
      // An order over some of the keys, shuffled, with a dangling entry now and then.
      const keys = Object.keys(fields.extraOptions);
      const picked = extraOptionsOrderSeed.map((n) => (n % 7 === 6 ? 'DANGLING.key' : keys[n % Math.max(keys.length, 1)] ?? 'X.none'));
      body.extraOptionsOrder = Object.fromEntries(picked.map((k, i) => [String(i), k]));
    } else if (extraOptionsOrderSeed === 'empty') {
      body.extraOptionsOrder = {};
    } else if (extraOptionsOrderSeed === 'null') {
      body.extraOptionsOrder = null;
    }
    return wireConnectionSchema.parse(body);
  });
