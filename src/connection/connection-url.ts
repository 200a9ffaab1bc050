/**
 * The JDBC URL of a stored (or about-to-be-stored) connection: jdbc-url.ts's rules fed from
 * the wire the way convert.ts reads it. The review compares it before and after a save, and
 * the local API's Test connects where it points, so the preview, the review and Test agree.
 */
import { resolveDatabaseType, type DatabaseTypeEntry } from './catalogue';
import { optionRowsOf, wireAccessType, wireAttribute, wirePort, wireShortName, wireSqlServerInstance } from './convert';
import { buildJdbcUrl, type UrlInputs } from './jdbc-url';
import { isSecretAttribute } from './rules';
import type { WireConnection } from './wire';

/** The URL inputs a connection holds. Secret attributes are not among them (the URL masks their places). */
export function urlInputsOf(wire: WireConnection): UrlInputs {
  const attributes = Object.fromEntries(
    Object.entries(wire.attributes ?? {}).filter((e): e is [string, string] => e[1] != null && !isSecretAttribute(e[0])),
  );
  return {
    accessType: wireAccessType(wire),
    hostname: wire.hostname ?? '',
    port: wirePort(wire),
    databaseName: wire.databaseName ?? '',
    username: wire.username ?? '',
    options: optionRowsOf(wire),
    customUrl: wireAttribute(wire, 'CUSTOM_URL'),
    sqlServerInstance: wireSqlServerInstance(wire),
    informixServername: wire.informixServername ?? '',
    attributes,
  };
}

/** '' when the connection has no URL (JNDI, a type whose rule is unknown, missing settings). */
export function jdbcUrlOf(wire: WireConnection, entry: DatabaseTypeEntry = resolveDatabaseType(wireShortName(wire), wire.databaseType)): string {
  return buildJdbcUrl(urlInputsOf(wire), entry);
}
