/**
 * The short mark shown on a database-type tile in place of a logo (no image is fetched): the
 * first letters of the first two words of the type's name ("MS SQL Server" → "MS", "Oracle" →
 * "Or", "Hadoop Hive 2" → "HH"), so tiles differ without any artwork.
 */
export function typeInitials(name: string): string {
  const words = name.split(/[\s()/_-]+/).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  const [first = '', second] = words;
  if (second !== undefined && first.length <= 3 && first === first.toUpperCase()) return first.slice(0, 3);
  if (second !== undefined) return `${[...first][0] ?? ''}${[...second][0] ?? ''}`.toUpperCase();
  return [...first].slice(0, 2).join('');
}
