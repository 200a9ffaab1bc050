/**
 * Kettle variables (`${DB_HOST}`) in the settings that decide where a connection goes. Exported
 * Pentaho connections use them to be portable; only the server that runs the connection knows
 * their values, so a preview shows them as they are and a test must say who resolves them.
 * The password is never read: naming part of it would disclose it.
 */
import { orderedOptionKeys, wireAttribute, wirePort } from './convert';
import { variablesIn } from './rules';
import type { WireConnection } from './wire';

export function connectionVariables(wire: WireConnection): string[] {
  const options = wire.extraOptions ?? {};
  const values = [
    wire.hostname ?? '',
    wirePort(wire),
    wire.databaseName ?? '',
    wire.username ?? '',
    wireAttribute(wire, 'CUSTOM_URL'),
    wireAttribute(wire, 'CUSTOM_DRIVER_CLASS'),
    ...orderedOptionKeys(wire).map((key) => options[key] ?? ''),
  ];
  return [...new Set(values.flatMap(variablesIn))];
}
