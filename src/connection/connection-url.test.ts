import { describe, expect, it } from 'vitest';
import { jdbcUrlOf, urlInputsOf } from './connection-url';
import { FOODMART2_DOCUMENTED_BODY } from './documented-example';
import { wireConnectionSchema } from './wire';

const wire = (changes: Record<string, unknown>) => wireConnectionSchema.parse({ ...FOODMART2_DOCUMENTED_BODY, ...changes });

describe('the JDBC URL of a stored connection', () => {
  it('is the dialect\'s URL with the connection\'s own options', () => {
    expect(jdbcUrlOf(wire({}))).toBe('jdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai');
  });

  it('reads the per-type attributes and the instance the way the form does', () => {
    const snowflake = wire({ databaseType: { name: 'Snowflake', shortName: 'SNOWFLAKEHV' }, extraOptions: {}, attributes: { warehouse: 'WH' } });
    expect(jdbcUrlOf(snowflake)).toBe('jdbc:snowflake://127.0.0.1:25432/?db=foodmart&warehouse=WH');
    const jtds = wire({ databaseType: { name: 'MS SQL Server', shortName: 'MSSQL' }, extraOptions: { 'MSSQL.instance': 'SQLEXPRESS' } });
    expect(jdbcUrlOf(jtds)).toBe('jdbc:jtds:sqlserver://127.0.0.1:25432/foodmart;instance=SQLEXPRESS');
  });

  it('never carries a secret attribute: its place is masked', () => {
    const redshift = wire({
      databaseType: { name: 'Redshift', shortName: 'REDSHIFT' },
      extraOptions: {},
      attributes: { jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKID', iamSecretAccessKey: 'wJalr-SECRET', iamSessionToken: 'Fwo-TOKEN' },
    });
    expect(urlInputsOf(redshift).attributes).not.toHaveProperty('iamSecretAccessKey');
    expect(jdbcUrlOf(redshift)).toBe('jdbc:redshift:iam://127.0.0.1:25432/foodmart?AccessKeyID=AKID&SecretAccessKey=••••&SessionToken=••••');
  });

  it('is empty under JNDI', () => {
    expect(jdbcUrlOf(wire({ accessType: 'JNDI' }))).toBe('');
  });
});
