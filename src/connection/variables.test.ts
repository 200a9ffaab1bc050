import { describe, expect, it } from 'vitest';
import { valueNote } from './field-rules';
import { variablesIn } from './rules';
import { connectionVariables } from './variables';
import { wireConnectionSchema } from './wire';
import { realWorldBody } from './__fixtures__/real-world';

describe('Kettle variables', () => {
  it('finds each variable once, in order', () => {
    expect(variablesIn('jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_HOST}')).toEqual(['${DB_HOST}', '${DB_PORT}']);
    expect(variablesIn('$DB_HOST ${} plain')).toEqual([]);
  });

  it('lists the variables of the settings that decide where a connection goes', () => {
    const portable = wireConnectionSchema.parse(realWorldBody('rw_portable_variables').body);
    expect(connectionVariables(portable)).toEqual(['${DB_HOST}', '${DB_PORT}', '${DB_NAME}', '${DB_USER}', '${APP_NAME}']);
    const generic = wireConnectionSchema.parse(realWorldBody('rw_generic_variables').body);
    expect(connectionVariables(generic)).toEqual(['${DB_USER}', '${CONNECTION_URL}', '${DRIVER}']);
    expect(connectionVariables(wireConnectionSchema.parse(realWorldBody('rw_oracle_rac').body))).toEqual([]);
  });

  it('never reads the password', () => {
    const wire = wireConnectionSchema.parse({ name: 'n', hostname: 'h', password: 'pa${rt}ss' });
    expect(connectionVariables(wire)).toEqual([]);
  });
});

describe('valueNote', () => {
  it('says what "-1" and "0" mean as the port the server sent, and nothing when typed', () => {
    expect(valueNote('port', '-1', true)).toEqual({ key: 'portNone', text: '-1' });
    expect(valueNote('port', '0', true)).toEqual({ key: 'portNone', text: '0' });
    expect(valueNote('port', '-1', false)).toBeUndefined();
    expect(valueNote('hostname', '-1', true)).toBeUndefined();
  });

  it('says that a variable is filled in by the server that runs the connection', () => {
    expect(valueNote('port', '${DB_PORT}', false)).toEqual({ key: 'variable' });
    expect(valueNote('hostname', 'db-${ENV}.example', true)).toEqual({ key: 'variable' });
    expect(valueNote('hostname', 'db.example', true)).toBeUndefined();
  });
});
