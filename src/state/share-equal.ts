/**
 * `next`, with every part that is deep-equal to the same part of `previous` replaced by that part: the
 * whole of `previous` when nothing differs. For plain data (objects, arrays, primitives), as the
 * readers of the documents return; anything else is kept only when it is the same object.
 *
 * A screen memoised on a part (a board row on its section) then skips it while it is unchanged, and a
 * selector over the snapshot can compare by identity.
 */
export function shareEqual<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next) as T;
  if (isPlainObject(previous) && isPlainObject(next)) return shareObject(previous, next) as T;
  return next;
}

function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  let isSame = previous.length === next.length;
  let isAnyKept = false;
  const shared = next.map((item, index) => {
    const kept = index < previous.length ? shareEqual(previous[index], item) : item;
    if (kept !== item) isAnyKept = true;
    if (kept !== previous[index]) isSame = false;
    return kept;
  });
  // A copy only when it keeps something of `previous`.
  return isSame ? previous : isAnyKept ? shared : next;
}

function shareObject(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(next);
  let isSame = keys.length === Object.keys(previous).length;
  let isAnyKept = false;
  const shared = keys.map((key): [string, unknown] => {
    const kept = Object.hasOwn(previous, key) ? shareEqual(previous[key], next[key]) : next[key];
    if (kept !== next[key]) isAnyKept = true;
    if (!Object.hasOwn(previous, key) || kept !== previous[key]) isSame = false;
    return [key, kept];
  });
  // fromEntries, so a key such as '__proto__' stays a key.
  return isSame ? previous : isAnyKept ? Object.fromEntries(shared) : next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
