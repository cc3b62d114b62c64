/**
 * One rule for the app and the tests (docs/architecture.md, "Which Neo4j"):
 * NEO4J_URI set -> that server; else a reachable Docker engine -> a container; else the local Maven-resolved server.
 */
import { spawnSync } from 'node:child_process';
import type { Config } from '../config/config.js';

export type ServerKind = 'uri' | 'docker' | 'local';

export function chooseServerKind(config: Pick<Config, 'neo4jUri'>): ServerKind {
  if (config.neo4jUri) return 'uri';
  return dockerEngineReachable() ? 'docker' : 'local';
}

/** `docker info` answers only when an engine runs; the client alone is not enough. */
export function dockerEngineReachable(): boolean {
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 5000 });
  return result.status === 0 && result.stdout.trim().length > 0;
}

export function describeChoice(kind: ServerKind, uri: string): string {
  switch (kind) {
    case 'uri':
      return `Neo4j: using NEO4J_URI ${redact(uri)}`;
    case 'docker':
      return `Neo4j: Docker engine found, using a container (${uri})`;
    case 'local':
      return `Neo4j: no NEO4J_URI and no Docker engine, using the local server resolved from Maven Central (${uri})`;
  }
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
