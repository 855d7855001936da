// Work done at once (DuckDB on one connection, on another, JavaScript meanwhile), awaited whole:
// an error surfaces only once nothing is left running, so no writer outlives the staging folder
// that the error removes.

/** The values of every promise, once all have settled; the first rejection, in order, if any. */
export async function sideBySide<T extends readonly unknown[]>(...work: { readonly [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(work);
  for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
