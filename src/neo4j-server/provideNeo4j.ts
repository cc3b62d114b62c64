/**
 * Gets the app a Neo4j to talk to, following the rule of docs/architecture.md ("Which Neo4j"), and says in one line which it chose.
 * The tests make the same choice in tests/support/globalSetup.ts (with Testcontainers for Docker).
 */
import { spawnSync } from 'node:child_process';
import type { Config } from '../config/config.js';
import type { Neo4jCredentials } from '../db/driver.js';
import { chooseServerKind, describeChoice, type ServerKind } from '../db/serverChoice.js';
import { LocalNeo4j } from './localServer.js';

export interface ProvidedNeo4j extends Neo4jCredentials {
  kind: ServerKind;
}

export function localServer(config: Config, instance: 'dev' | 'test', log?: (line: string) => void): LocalNeo4j {
  return new LocalNeo4j({ ...config.local, instance, password: config.neo4jPassword, log });
}

export async function provideNeo4j(config: Config, log: (line: string) => void = console.log): Promise<ProvidedNeo4j> {
  const kind = chooseServerKind(config);
  const credentials = { user: config.neo4jUser, password: config.neo4jPassword };
  let uri: string;
  if (kind === 'uri') {
    uri = config.neo4jUri!;
  } else if (kind === 'docker') {
    uri = 'bolt://127.0.0.1:7687';
    log(describeChoice(kind, uri));
    const result = spawnSync('docker', ['compose', 'up', '--detach', '--wait', 'neo4j'], {
      cwd: config.projectRoot,
      stdio: 'inherit',
      env: { ...process.env, NEO4J_PASSWORD: config.neo4jPassword },
    });
    if (result.status !== 0) throw new Error('`docker compose up neo4j` failed; see the output above');
    return { kind, uri, ...credentials };
  } else {
    const server = localServer(config, 'dev', log);
    uri = server.boltUri;
    log(describeChoice(kind, uri));
    await server.start();
    return { kind, uri, ...credentials };
  }
  log(describeChoice(kind, uri));
  return { kind, uri, ...credentials };
}
