/** The one driver of a process: created here, verified, closed by its owner on exit. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jCredentials {
  uri: string;
  user: string;
  password: string;
}

/** How long a failed read is retried: by the driver for a managed transaction, by the query runner for its own. */
export const TRANSACTION_RETRY_MS = 2_000;

export function createDriver({ uri, user, password }: Neo4jCredentials): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Integers as JS numbers, converted once by the driver: no { low, high } ever reaches a client.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Fail fast when Neo4j is down instead of retrying for the driver's default 30 s.
    maxTransactionRetryTime: TRANSACTION_RETRY_MS,
  });
}

/** Wait until the server answers (a container or a cluster may still be starting). */
export async function waitForDatabase(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
