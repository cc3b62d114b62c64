import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('loadConfig', () => {
  it('has documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4jUri).toBeUndefined();
    expect(config.neo4jUser).toBe('neo4j');
    expect(config.neo4jDatabase).toBe('neo4j');
    expect(config.local.boltPort).toBe(7687);
    expect(config.local.heap).toBe('512m');
    expect(config.workers).toBe(1);
    expect(config.graphVersionPollMs).toBe(2000);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_LOCAL_HEAP', 'lots'],
    ['NEO4J_LOCAL_BOLT_PORT', '-1'],
    ['QUERY_TIMEOUT_MS', '1.5'],
    ['WORKERS', '0'],
    ['WORKERS', '65'],
    ['WORKERS', 'auto'],
    ['GRAPH_VERSION_POLL_MS', '10'],
    ['CORS_ORIGINS', '*'],
    ['CORS_ORIGINS', 'https://dashboard.example.org/'],
    ['CORS_ORIGINS', 'https://a.example.org/app'],
    ['CORS_ORIGINS', 'ftp://a.example.org'],
    ['CORS_ORIGINS', 'https://a.example.org, null'],
    ['CORS_ORIGINS', Array.from({ length: 51 }, (_, i) => `http://h${i}.example.org`).join(',')],
  ])('rejects %s=%s with an error naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrowError(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrowError(new RegExp(`^Invalid ${name}=`));
  });

  it('rejects a local-server password shorter than Neo4j accepts, without echoing it', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' })).toThrowError(/NEO4J_PASSWORD="\*\*\*"/);
    expect(loadConfig({ NEO4J_PASSWORD: 'short', NEO4J_URI: 'bolt://db:7687' }).neo4jPassword).toBe('short');
  });

  it('reads CORS_ORIGINS as a list of origins, empty by default (the same origin only)', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://dash.example.org, http://localhost:5173' }).corsOrigins).toEqual([
      'https://dash.example.org',
      'http://localhost:5173',
    ]);
  });

  it('accepts cluster URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4jUri).toBe('neo4j+s://abc.databases.neo4j.io');
  });
});
