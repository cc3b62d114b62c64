/**
 * Bounds how many Cypher statements run at once: for the whole process (below the driver's connection pool, so a
 * burst never waits on the pool and a probe always finds a connection) and for one request (so twenty aliased
 * searches in one request queue behind each other instead of taking every connection). A statement that cannot
 * start within `maxWaitMs` fails at once with DatabaseBusyError (503 SERVICE_UNAVAILABLE), not after a timeout.
 */
import { DatabaseBusyError } from './errors.js';

export class CypherSlots {
  private active = 0;
  private readonly waiting: Array<{ grant: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    readonly max: number,
    private readonly maxWaitMs: number,
    private readonly what: string,
  ) {}

  /** Statements running now, and waiting for a slot. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  /** Runs `work` in a slot, waiting at most maxWaitMs for one. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.max) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new DatabaseBusyError(`The server is busy (${this.what}: ${this.max} Cypher statements running); try again shortly`));
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next in line; `active` stays the same.
    if (next) next.grant();
    else this.active -= 1;
  }
}
