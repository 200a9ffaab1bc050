/**
 * `PUT connection/test`: connects with the settings test-policy.ts allows this caller to use,
 * runs `select 1` (or the pool's validationQuery) and answers the driver's reason when it fails.
 */
import { connectionVariables } from '../../src/connection/variables';
import { parseConnectionBody } from '../connection-body';
import { resolveTestTarget, runConnectionTest } from '../connection-test';
import { API_PREFIX, NOT_SIGNED_IN } from '../envelope';
import { quoted } from '../permissions';
import { planConnectionTest, type SavedConnection } from '../test-policy';
import type { DataforPlugin } from './context';

export const testPlugin: DataforPlugin = async (app, { context }) => {
  const { store, settings } = context;

  app.put(`${API_PREFIX}/connection/test`, { config: { errorStyle: 'status' } }, async (request, reply) => {
    const caller = request.caller;
    if (!caller) return reply.code(401).send({ success: false, msg: NOT_SIGNED_IN });
    const parsed = parseConnectionBody(request, { purpose: 'test' });
    if (!parsed.ok) return reply.code(400).send({ success: false, msg: parsed.msg });
    const { body, connection, name } = parsed;
    const id = typeof body.id === 'string' && body.id !== '' ? body.id : undefined;
    const found = id ? store.connectionById(id) : store.connectionByName(name);
    const saved: SavedConnection | undefined = found && {
      ...found,
      acl: store.aclFor(found.id, caller.username),
      secrets: () => ({ password: store.storedPassword(found.id), attributes: store.storedSecretAttributes(found.id) }),
    };
    const label = id && found?.name !== name ? `with the id "${id}"` : quoted(name);
    const plan = planConnectionTest(caller, { body, connection, label }, saved);
    if (!plan.ok) return reply.code(plan.status).send({ success: false, msg: plan.msg });
    // Kettle variables (`${DB_HOST}`) have values only on the server that runs the connection:
    // say so plainly rather than dial a host literally named "${DB_HOST}".
    const variables = connectionVariables(plan.connection);
    if (variables.length > 0) {
      return {
        name,
        success: false,
        msg: `the connection uses Kettle variables (${variables.join(', ')}), which only the server that runs it resolves; this local server has no values for them, so it did not try to connect`,
      };
    }
    const target = resolveTestTarget(plan.connection, plan.password);
    if (typeof target === 'string') return { name, success: false, msg: target };
    const outcome = await runConnectionTest(target, settings.testTimeoutMs);
    return outcome.success ? { name, success: true } : { name, success: false, msg: outcome.msg };
  });
};
