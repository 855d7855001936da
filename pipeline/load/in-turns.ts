// Independent steps on two connections to the warehouse: most of a run's statements are small, and
// one connection leaves DuckDB's two threads idle between them. Temporary tables stay with the
// connection that made them, so each item runs whole on one connection.
import { sideBySide } from '../side-by-side';
import type { Warehouse } from './warehouse';

/**
 * `work` on every item, on this connection and a second one, each taking the next item in order
 * when it has finished one. After an error neither takes another; the first error is thrown once
 * both have stopped.
 */
export async function inTurns<T>(warehouse: Warehouse, items: readonly T[], work: (connection: Warehouse, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async (connection: Warehouse) => {
    try {
      while (!failed && next < items.length) await work(connection, items[next++]!);
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  await sideBySide(lane(warehouse), warehouse.beside(lane));
}
