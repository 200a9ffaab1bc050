import { describe, expect, it } from 'vitest';
import { HttpResponse } from 'msw';
import { foodmart2, answerOnce, API_BASE, setUpMockDatafor } from '../testing/mock-datafor';
import { createApiClient, DataforError } from './client';
import { checkForConflict } from './conflict-check';

const datafor = setUpMockDatafor();
const client = () => createApiClient({ apiBase: API_BASE });

describe('checkForConflict', () => {
  it('unchanged when the server holds what the form was built from', async () => {
    await expect(checkForConflict(client(), foodmart2())).resolves.toEqual({ kind: 'unchanged' });
    expect(datafor.calls()).toEqual(['get']);
  });

  it('unchanged when only the password differs: get never returns it', async () => {
    await expect(checkForConflict(client(), { ...foodmart2(), password: 'typed-here' })).resolves.toEqual({ kind: 'unchanged' });
  });

  it('changed, with their copy, when someone saved a setting meanwhile', async () => {
    datafor.connections.get('foodmart2')!.databaseName = 'foodmart_v2';
    await expect(checkForConflict(client(), foodmart2())).resolves.toEqual({
      kind: 'changed',
      theirs: { ...foodmart2(), databaseName: 'foodmart_v2' },
    });
  });

  it('gone when the name no longer exists', async () => {
    datafor.connections.clear();
    await expect(checkForConflict(client(), foodmart2())).resolves.toEqual({ kind: 'gone' });
  });

  it('any other failure is thrown, for the flow to report', async () => {
    answerOnce(datafor, 'get', 'get', () => HttpResponse.json({ success: false, code: '500', msg: 'database locked' }));
    const failure = checkForConflict(client(), foodmart2());
    await expect(failure).rejects.toBeInstanceOf(DataforError);
    await expect(failure).rejects.toMatchObject({ kind: 'server', serverMessage: 'database locked' });
  });
});
