/** Lists kept by key, the one way the core groups rows (pairings by figure, people by name…). */

/**
 * Adds `item` to the list of `key`, making the list on the first item. In place: the copy-and-append
 * `[...(map.get(key) ?? []), item]` made two arrays per item (a good part of reading 20k pairings'
 * garbage).
 */
export function groupInto<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
