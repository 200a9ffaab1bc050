import { diffConnections, type SettingChange } from './diff';
import type { WireConnection } from './wire';

/**
 * What someone else changed on the server since `original` was loaded. `get` never returns a
 * password, so a password can neither be seen nor compared: it is left out rather than
 * reported as a change nobody made. The JDBC URL is left out too: it follows from their
 * settings, listed one by one, and is no setting of its own to set beside yours.
 */
export function theirChanges(original: WireConnection, fresh: WireConnection): SettingChange[] {
  return diffConnections(original, { ...fresh, password: original.password ?? null }).filter(
    (change) => change.key !== 'password' && change.key !== 'jdbcUrl',
  );
}
