// Independent steps on two connections to the warehouse: most of a run's statements are small, and
// one connection leaves DuckDB's two threads idle between them. Temporary tables stay with the
// connection that made them, so each item runs whole on one connection.
import { sideBySide } from '../side-by-side';
import type { Warehouse } from './warehouse';

/**
 * `work` on every item, on this connection and a second one, each taking the next item in order
 * when it has finished one. An item `alone` says is too large to share the memory limit waits for
 * the other connection's item to end, and the other waits for it. After an error neither takes
 * another, nor starts one it has taken; once both have stopped, the error of the earliest item is
 * thrown, whichever lane met it first (as one connection would).
 */
export async function inTurns<T>(
  warehouse: Warehouse,
  items: readonly T[],
  work: (connection: Warehouse, item: T) => Promise<void>,
  alone: (item: T) => boolean = () => false,
): Promise<void> {
  let next = 0;
  const failures: { readonly index: number; readonly error: unknown }[] = [];
  const gate = new Gate();
  const lane = async (connection: Warehouse) => {
    while (failures.length === 0 && next < items.length) {
      const index = next++;
      const item = items[index]!;
      let solo = false;
      try {
        solo = alone(item);
      } catch (error) {
        failures.push({ index, error });
      }
      // Entered even after an error, so that the tickets after this one can enter too.
      await gate.enter(index, solo);
      try {
        // An item waiting to go alone may have waited for the one that failed.
        if (failures.length === 0) await work(connection, item);
      } catch (error) {
        failures.push({ index, error });
      } finally {
        gate.leave();
      }
    }
  };
  await sideBySide(lane(warehouse), warehouse.beside(lane));
  const [earliest] = failures.sort((a, b) => a.index - b.index);
  if (earliest) throw earliest.error;
}

/**
 * Items enter in the order they were taken, so a table never waits for one it reads that a later
 * table overtook; an item alone enters once nothing runs, and nothing enters while it runs.
 */
class Gate {
  #next = 0;
  #running = 0;
  #alone = false;
  #wakers: (() => void)[] = [];

  async enter(ticket: number, alone: boolean): Promise<void> {
    while (ticket !== this.#next || (alone ? this.#running > 0 : this.#alone)) {
      await new Promise<void>((wake) => this.#wakers.push(wake));
    }
    this.#next++;
    this.#running++;
    this.#alone = alone;
    // The next ticket may enter beside this one.
    this.#wake();
  }

  leave(): void {
    this.#running--;
    this.#alone = false;
    this.#wake();
  }

  #wake(): void {
    const wakers = this.#wakers;
    this.#wakers = [];
    for (const wake of wakers) wake();
  }
}
