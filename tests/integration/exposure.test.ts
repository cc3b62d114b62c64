/**
 * exposure() over HTTP against the loaded graph: the ranking tells the seeds' story, reasons name graph
 * elements, bad input is BAD_USER_INPUT naming the value, and one request costs at most two round trips.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface Entry {
  state: { id: string; name: string };
  score: number;
  level: string;
  reasons: {
    kind: string;
    text: string;
    weight: number;
    bloc: { code: string } | null;
    counterpart: { id: string } | null;
    edge: string | null;
  }[];
}
interface Report {
  exposure: { withdrawing: { id: string }; from: { code: string }[]; asOf: string; entries: Entry[] };
}

const query = `query($w: ID!, $from: [ID!], $asOf: Date) {
  exposure(withdrawing: $w, from: $from, asOf: $asOf) {
    withdrawing { id } from { code } asOf
    entries { state { id name } score level reasons { kind text weight edge bloc { code } counterpart { id } } }
  }
}`;

async function exposure(variables: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Report;
    errors?: { message: string; extensions: { code: string } }[];
    extensions: { cypherRoundTrips: number };
  };
}

const scoreOf = (entries: Entry[], id: string) => entries.find((e) => e.state.id === id)?.score ?? 0;

describe('exposure if the US withdraws', () => {
  it('is ranked, bounded, explained, and costs one or two round trips', async () => {
    const body = await exposure({ w: 'usa' });
    expect(body.errors).toBeUndefined();
    const report = body.data!.exposure;
    expect(report.withdrawing.id).toBe('USA');
    expect(report.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.from.map((b) => b.code)).toContain('NATO');
    const scores = report.entries.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
    for (const entry of report.entries) {
      expect(entry.reasons.length).toBeGreaterThan(0);
      expect(entry.reasons.some((r) => r.bloc !== null || r.counterpart !== null)).toBe(true);
    }
    expect(body.extensions.cypherRoundTrips).toBeLessThanOrEqual(2);
  });

  // seed:001_755de6303d100593 and seed:000_ee8646e08386c08b: the eastern flank (Poland, the Baltic states) and
  // the US's Asian treaty allies rely most on US guarantees; France and the UK have their own deterrents.
  it('leaves the eastern flank and the Asian treaty allies most exposed, France and the UK least among allies', async () => {
    const entries = (await exposure({ w: 'USA' })).data!.exposure.entries;
    const top10 = entries.slice(0, 10).map((e) => e.state.id);
    expect(top10).toEqual(expect.arrayContaining(['POL', 'EST', 'LVA', 'LTU', 'JPN', 'KOR']));
    for (const id of ['POL', 'EST', 'LVA', 'LTU']) {
      expect(scoreOf(entries, id)).toBeGreaterThan(scoreOf(entries, 'FRA'));
      expect(scoreOf(entries, id)).toBeGreaterThan(scoreOf(entries, 'GBR'));
      expect(scoreOf(entries, id)).toBeGreaterThan(scoreOf(entries, 'ESP'));
    }
    expect(['HIGH', 'CRITICAL']).toContain(entries.find((e) => e.state.id === 'POL')!.level);
    const poland = entries.find((e) => e.state.id === 'POL')!;
    expect(poland.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['GUARANTEE_LOST']));
    expect(poland.reasons.some((r) => r.counterpart?.id === 'RUS')).toBe(true);
    // States with no tie to the US lose nothing.
    for (const id of ['CHN', 'IRN', 'PRK']) expect(entries.map((e) => e.state.id)).not.toContain(id);
  });

  it('reaches the wider world: Thailand (the Manila Pact) and Taiwan (the Taiwan Relations Act) are exposed', async () => {
    const entries = (await exposure({ w: 'USA' })).data!.exposure.entries;
    for (const id of ['THA', 'TWN']) expect(scoreOf(entries, id), id).toBeGreaterThan(0);
    expect(entries.length).toBeGreaterThan(60);
  });

  it('withdrawing only from NATO spares the bilateral treaty allies', async () => {
    const all = (await exposure({ w: 'USA' })).data!.exposure.entries;
    const natoOnly = (await exposure({ w: 'USA', from: ['nato'] })).data!.exposure;
    expect(natoOnly.from.map((b) => b.code)).toEqual(['NATO']);
    expect(scoreOf(natoOnly.entries, 'JPN')).toBeLessThan(scoreOf(all, 'JPN'));
    expect(scoreOf(natoOnly.entries, 'POL')).toBeGreaterThan(0);
  });

  it('answers for a past date: Finland had no NATO guarantee to lose in 2022', async () => {
    const before = (await exposure({ w: 'USA', asOf: '2022-01-01' })).data!.exposure;
    const now = (await exposure({ w: 'USA' })).data!.exposure;
    expect(before.asOf).toBe('2022-01-01');
    expect(scoreOf(before.entries, 'FIN')).toBeLessThan(scoreOf(now.entries, 'FIN'));
  });
});

describe('exposure if the Soviet Union withdraws, in 1985', () => {
  it('leaves its Warsaw Pact allies exposed, and no state of the West', async () => {
    const entries = (await exposure({ w: 'SUN', asOf: '1985-01-01' })).data!.exposure.entries;
    const exposed = entries.filter((e) => e.level !== 'NONE').map((e) => e.state.id);
    expect(exposed).toEqual(expect.arrayContaining(['POL', 'DDR', 'CSK', 'HUN']));
    for (const id of ['USA', 'GBR', 'FRA', 'DEU']) expect(exposed).not.toContain(id);
  });
});

describe('exposure if Russia withdraws', () => {
  it('leaves its treaty partners exposed, Armenia and Belarus first among them', async () => {
    const entries = (await exposure({ w: 'RUS' })).data!.exposure.entries;
    const ids = entries.map((e) => e.state.id);
    expect(ids).toEqual(expect.arrayContaining(['ARM', 'BLR', 'KAZ']));
    expect(scoreOf(entries, 'BLR')).toBeGreaterThan(scoreOf(entries, 'KAZ'));
    // Poland's only tie is ATOP's consultation treaty of 1992 with Russia: it loses far less than the allies.
    expect(scoreOf(entries, 'POL')).toBeLessThan(scoreOf(entries, 'KAZ'));
    expect(entries.find((e) => e.state.id === 'POL')?.level ?? 'NONE').not.toMatch(/HIGH|CRITICAL/);
  });
});

describe('bad input to exposure', () => {
  it.each([
    [{ w: 'XYZ' }, 'XYZ'],
    [{ w: 'USA', from: ['NATO', 'NOPE'] }, 'NOPE'],
    [{ w: 'USA', asOf: '2024-02-30' }, '2024-02-30'],
    [{ w: 'USA', asOf: 'soon' }, 'soon'],
  ])('%j is BAD_USER_INPUT naming %s, and the server stays up', async (variables, value) => {
    const body = await exposure(variables);
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain(value);
    expect(JSON.stringify(body.errors)).not.toMatch(/stacktrace|at .*\.ts:/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
