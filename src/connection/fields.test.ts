import { describe, expect, it } from 'vitest';
import { DATABASE_TYPES, fieldUsage, findDatabaseType, unknownDatabaseType } from './catalogue';
import {
  FIELDS,
  FIELD_ATTRIBUTES,
  FIELD_VALUES_SHAPE,
  READABLE_ATTRIBUTE_FIELDS,
  SECTIONS,
  fieldChoices,
  SIMPLE_FIELDS,
  fieldLabel,
  fieldPresence,
  fieldsOf,
  type FieldSpec,
  type SectionId,
  type WireLocation,
} from './fields';
import { connectionFormValuesSchema } from './form';
import { SECRET_ATTRIBUTE_KEYS } from './rules';
import { wireConnectionSchema, type AccessType } from './wire';

/** Keys of the fields a section shows for a type and access type (and the values of the fields others depend on), in order. */
function shown(
  section: SectionId,
  shortName: string,
  accessType: AccessType = 'NATIVE',
  values: Record<string, unknown> = { jdbcAuthMethod: '', azureAlwaysEncryptionEnabled: false },
): Record<string, string> {
  const entry = findDatabaseType(shortName) ?? unknownDatabaseType({ name: shortName, shortName });
  const context = { shortName, accessType, usage: fieldUsage(entry, accessType), values };
  return Object.fromEntries(
    fieldsOf(section).flatMap((field: FieldSpec) => {
      const presence = fieldPresence(field, context);
      return presence === 'hidden' ? [] : [[field.key, presence]];
    }),
  );
}

describe('the field table', () => {
  it('has one entry per key, in a known section, labelled in both languages', () => {
    const keys = FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const field of FIELDS) {
      expect(SECTIONS).toContain(field.section);
      const label: { en: string; zh: string } = field.label;
      expect(label.en.trim(), field.key).not.toBe('');
      expect(label.zh.trim(), field.key).not.toBe('');
    }
  });

  it('lists the fields section by section, as the form shows them', () => {
    const order = FIELDS.map((f) => SECTIONS.indexOf(f.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('stores each simple field in a key of the wire schema or in an attribute no rule by hand owns', () => {
    const byHandAttributes = ['PORT_NUMBER', 'driverId', 'CUSTOM_URL', 'CUSTOM_DRIVER_CLASS'];
    const simple: readonly { key: string; wire: WireLocation }[] = SIMPLE_FIELDS;
    for (const { key, wire } of simple) {
      if ('key' in wire) expect(Object.keys(wireConnectionSchema.shape), key).toContain(wire.key);
      else expect(byHandAttributes, key).not.toContain(wire.attribute);
    }
    expect(FIELD_ATTRIBUTES.size).toBe(simple.filter(({ wire }) => 'attribute' in wire).length);
  });

  it('pairs switches that exclude each other both ways', () => {
    for (const field of FIELDS) {
      const spec: FieldSpec = field;
      if (spec.kind !== 'switch' || !spec.turnsOff) continue;
      const partner: FieldSpec | undefined = FIELDS.find((f) => f.key === spec.turnsOff);
      expect(partner?.kind, spec.key).toBe('switch');
      expect(partner?.kind === 'switch' && partner.turnsOff, spec.key).toBe(spec.key);
    }
  });

  it('shows type-specific fields only for types the catalogue has', () => {
    const known = new Set(DATABASE_TYPES.map((t) => t.shortName));
    for (const field of FIELDS) {
      const spec: FieldSpec = field;
      for (const type of spec.shownFor?.types ?? []) expect(known, `${spec.key}: ${type}`).toContain(type);
    }
  });

  it('gives the form a schema with a boolean per switch, the access types, and a string for the rest', () => {
    const shape = connectionFormValuesSchema.shape;
    expect(Object.keys(shape)).toEqual([...FIELDS.map((f) => f.key), 'options', 'poolParameters']);
    expect(FIELD_VALUES_SHAPE.quoteAllFields.safeParse('true').success).toBe(false);
    expect(FIELD_VALUES_SHAPE.accessType.safeParse('JNDI').success).toBe(true);
    expect(FIELD_VALUES_SHAPE.accessType.safeParse('jdbc').success).toBe(false);
    expect(FIELD_VALUES_SHAPE.hostname.safeParse(null).success).toBe(false);
  });
});

describe('which fields a type and access type show', () => {
  it('native PostgreSQL: the common fields, host, port and database required', () => {
    expect(shown('general', 'POSTGRESQL')).toEqual({
      name: 'required',
      hostname: 'required',
      port: 'required',
      databaseName: 'required',
      username: 'optional',
      password: 'optional',
    });
    expect(shown('databaseType', 'POSTGRESQL')).toEqual({ databaseTypeShortName: 'required', accessType: 'required', driverId: 'optional' });
    expect(Object.keys(shown('advanced', 'POSTGRESQL'))).toEqual([
      'connectSql',
      'quoteAllFields',
      'forcingIdentifiersToLowerCase',
      'forcingIdentifiersToUpperCase',
    ]);
  });

  it('JNDI: only the name and the JNDI name, labelled as such', () => {
    expect(shown('general', 'POSTGRESQL', 'JNDI')).toEqual({ name: 'required', databaseName: 'required' });
    const databaseName: FieldSpec | undefined = FIELDS.find((f) => f.key === 'databaseName');
    if (!databaseName) throw new Error('no databaseName');
    expect(fieldLabel(databaseName, 'JNDI')).toEqual({ en: 'JNDI name', zh: 'JNDI 名称' });
    expect(fieldLabel(databaseName, 'NATIVE')).toEqual({ en: 'Database name', zh: '数据库名称' });
  });

  it('Generic: custom URL and driver class, required, instead of host, port and database', () => {
    expect(shown('general', 'GENERIC')).toEqual({ name: 'required', username: 'optional', password: 'optional' });
    expect(shown('databaseType', 'GENERIC')).toMatchObject({ customUrl: 'required', customDriverClass: 'required' });
  });

  it('Oracle: port optional, host not forced', () => {
    expect(shown('general', 'ORACLE')).toMatchObject({ hostname: 'optional', port: 'optional' });
  });

  it('type-specific fields follow the type, whatever the access type', () => {
    const specific = (shortName: string, accessType: AccessType = 'NATIVE') =>
      Object.keys(shown('advanced', shortName, accessType)).filter((key) => FIELDS.some((f) => f.key === key && 'shownFor' in f));
    expect(specific('MSSQL')).toEqual(['sqlServerInstance', 'usingDoubleDecimalAsSchemaTableSeparator']);
    expect(specific('MSSQL', 'JNDI')).toEqual(['sqlServerInstance', 'usingDoubleDecimalAsSchemaTableSeparator']);
    // Only the jTDS dialect puts the instance into the URL (facts §1a): the others do not offer it.
    for (const other of ['MSSQLNative', 'AZURESQLDB', 'AZURESYNAPSE']) expect(specific(other), other).toEqual(['usingDoubleDecimalAsSchemaTableSeparator']);
    expect(specific('ORACLE')).toEqual(['dataTablespace', 'indexTablespace']);
    expect(specific('INFORMIX')).toEqual(['informixServername']);
    expect(specific('MYSQL')).toEqual(['streamingResults']);
    expect(specific('MARIADB')).toEqual(['streamingResults']);
    expect(specific('POSTGRESQL')).toEqual([]);
    expect(specific('SOMEFUTUREDB')).toEqual([]);
  });

  it('MS SQL Server (Native) over native JDBC, and only it, offers integrated security after the credentials', () => {
    expect(Object.keys(shown('general', 'MSSQLNative'))).toEqual(['name', 'hostname', 'port', 'databaseName', 'username', 'password', 'useIntegratedSecurity']);
    expect(shown('general', 'MSSQLNative', 'JNDI')).not.toHaveProperty('useIntegratedSecurity');
    expect(shown('general', 'MSSQLNative', 'ODBC')).not.toHaveProperty('useIntegratedSecurity');
    for (const other of ['MSSQL', 'AZURESQLDB', 'POSTGRESQL']) expect(shown('general', other), other).not.toHaveProperty('useIntegratedSecurity');
  });
});

describe('the per-type fields of Pentaho\'s dialog', () => {
  const general = (shortName: string, values?: Record<string, unknown>, accessType: AccessType = 'NATIVE') =>
    Object.keys(shown('general', shortName, accessType, values)).filter((key) => FIELDS.some((f) => f.key === key && 'shownFor' in f));

  it('Snowflake: Warehouse, stored in attributes.warehouse', () => {
    expect(general('SNOWFLAKEHV')).toEqual(['warehouse']);
    expect(general('SNOWFLAKEHV', undefined, 'JNDI')).toEqual([]);
    const warehouse: FieldSpec | undefined = FIELDS.find((f) => f.key === 'warehouse');
    expect(warehouse?.wire).toEqual({ attribute: 'warehouse', as: 'string' });
  });

  it('Redshift: the authentication method, then only its own fields', () => {
    expect(general('REDSHIFT')).toEqual(['jdbcAuthMethod']);
    expect(general('REDSHIFT', { jdbcAuthMethod: 'Standard' })).toEqual(['jdbcAuthMethod']);
    expect(general('REDSHIFT', { jdbcAuthMethod: 'IAM Credentials' })).toEqual(['jdbcAuthMethod', 'iamAccessKeyId', 'iamSecretAccessKey', 'iamSessionToken']);
    expect(general('REDSHIFT', { jdbcAuthMethod: 'Profile' })).toEqual(['jdbcAuthMethod', 'iamProfileName']);
    expect(general('REDSHIFT', { jdbcAuthMethod: 'IAM Credentials' }, 'JNDI')).toEqual([]);
  });

  it('Redshift and Azure SQL DB offer the exact strings Pentaho stores, the default first', () => {
    const method: FieldSpec | undefined = FIELDS.find((f) => f.key === 'jdbcAuthMethod');
    if (!method) throw new Error('no jdbcAuthMethod');
    expect(method.wire).toEqual({ attribute: 'jdbcAuthMethod', as: 'string' });
    expect(fieldChoices(method, 'REDSHIFT')?.map((c) => c.value)).toEqual(['Standard', 'IAM Credentials', 'Profile']);
    expect(fieldChoices(method, 'AZURESQLDB')?.map((c) => c.value)).toEqual([
      'SQL Server Authentication',
      'Azure Active Directory - Universal With MFA',
      'Azure Active Directory - Password',
      'Azure Active Directory - Integrated',
    ]);
    expect(fieldChoices(method, 'POSTGRESQL')).toBeUndefined();
    for (const type of method.shownFor?.types ?? []) {
      for (const choice of fieldChoices(method, type) ?? []) expect(choice.label.zh.trim(), choice.value).not.toBe('');
    }
  });

  it('Azure SQL DB: method and "Always encrypted"; client id and secret only while it is on', () => {
    expect(general('AZURESQLDB')).toEqual(['jdbcAuthMethod', 'azureAlwaysEncryptionEnabled']);
    expect(general('AZURESQLDB', { azureAlwaysEncryptionEnabled: true })).toEqual([
      'jdbcAuthMethod',
      'azureAlwaysEncryptionEnabled',
      'azureClientSecretId',
      'azureClientSecretKey',
    ]);
    const encrypted: FieldSpec | undefined = FIELDS.find((f) => f.key === 'azureAlwaysEncryptionEnabled');
    expect(encrypted?.wire).toEqual({ attribute: 'azureAlwaysEncryptionEnabled', as: 'true/false' });
  });

  it('every secret attribute of rules.ts is a secret field of the table, and only those', () => {
    const secrets: FieldSpec[] = FIELDS.filter((f: FieldSpec) => f.wire !== 'byHand' && f.wire.as === 'secret');
    expect(secrets.map((f) => f.kind)).toEqual(secrets.map(() => 'secret'));
    expect(secrets.map((f: FieldSpec) => (f.wire !== 'byHand' && 'attribute' in f.wire ? f.wire.attribute : '')).sort()).toEqual([...SECRET_ATTRIBUTE_KEYS].sort());
    // Each says that leaving it empty keeps the stored value.
    for (const field of secrets) expect(field.help?.en, field.key).toBe('Leave empty to keep the stored value.');
    // None of them reaches anything that shows attributes.
    const readable = READABLE_ATTRIBUTE_FIELDS.map(({ wire }: { wire: WireLocation }) => ('attribute' in wire ? wire.attribute : ''));
    expect(readable).toContain('warehouse');
    for (const attribute of readable) expect(SECRET_ATTRIBUTE_KEYS as readonly string[]).not.toContain(attribute);
  });

  it('a field shown while another holds a value is hidden when that value is unknown', () => {
    expect(general('REDSHIFT', {})).toEqual(['jdbcAuthMethod']);
  });
});
