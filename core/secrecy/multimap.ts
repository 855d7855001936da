/**
 * Adds values to a key's list, in place: copying the list at each addition was quadratic, seconds
 * on a national slice of 13 000 rows.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}
