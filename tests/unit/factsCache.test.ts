import { describe, expect, it } from 'vitest';
import type { GraphFacts } from '../../src/domain/facts.js';
import { FactsCache } from '../../src/graphql/factsCache.js';

const facts = (asOf: string) => ({ asOf }) as unknown as GraphFacts;

describe('FactsCache', () => {
  it('reads a date once and shares it', async () => {
    const cache = new FactsCache();
    let reads = 0;
    const read = async () => (reads++, facts('2025-01-01'));
    await Promise.all([cache.get('2025-01-01', read), cache.get('2025-01-01', read)]);
    await cache.get('2025-01-01', read);
    expect(reads).toBe(1);
  });

  it('forgets everything when the graph version changes, not when it stays', async () => {
    const cache = new FactsCache();
    let reads = 0;
    const read = async () => (reads++, facts('d'));
    expect(cache.observeVersion('v1')).toBe(true);
    await cache.get('d', read);
    expect(cache.observeVersion('v1')).toBe(false);
    await cache.get('d', read);
    expect(reads).toBe(1);
    expect(cache.observeVersion('v2')).toBe(true);
    await cache.get('d', read);
    expect(reads).toBe(2);
  });

  it('does not remember a failed read', async () => {
    const cache = new FactsCache();
    await expect(cache.get('d', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(cache.get('d', async () => facts('d'))).resolves.toEqual({ asOf: 'd' });
  });

  it('keeps only the most recently used dates', async () => {
    const cache = new FactsCache(2);
    await cache.get('a', async () => facts('a'));
    await cache.get('b', async () => facts('b'));
    await cache.get('a', async () => facts('a'));
    await cache.get('c', async () => facts('c'));
    expect(cache.size).toBe(2);
    let reread = false;
    await cache.get('b', async () => ((reread = true), facts('b')));
    expect(reread).toBe(true);
  });
});
