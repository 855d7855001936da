// Independent steps on two connections to the warehouse: most of a run's statements are small, and
// one connection leaves DuckDB's two threads idle between them. Temporary tables stay with the
// connection that made them, so each item runs whole on one connection.
import { sideBySide } from '../side-by-side';
import type { Warehouse } from './warehouse';

/**
 * `work` on every item, on this connection and a second one, each taking the next item in order
 * when it has finished one. After an error neither takes another; once both have stopped, the
 * error of the earliest item is thrown, whichever lane met it first (as one connection would).
 */
export async function inTurns<T>(warehouse: Warehouse, items: readonly T[], work: (connection: Warehouse, item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: { readonly index: number; readonly error: unknown }[] = [];
  const lane = async (connection: Warehouse) => {
    while (failures.length === 0 && next < items.length) {
      const index = next++;
      try {
        await work(connection, items[index]!);
      } catch (error) {
        failures.push({ index, error });
      }
    }
  };
  await sideBySide(lane(warehouse), warehouse.beside(lane));
  const [earliest] = failures.sort((a, b) => a.index - b.index);
  if (earliest) throw earliest.error;
}
