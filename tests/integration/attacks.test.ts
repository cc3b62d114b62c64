/**
 * The attacks of issue 18 and variants of each class, against the real server on loopback with bounded loops:
 * each gets a clear error code (never INTERNAL_SERVER_ERROR), the server keeps answering a cheap query and its
 * probes while the attack runs, and the graph is unchanged afterwards.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGUMENT_LIMITS, MAX_COST } from '../../src/graphql/cost.js';
import { graphChecksum } from '../support/db.js';
import { graphql, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let checksumBefore: string;
beforeAll(async () => {
  server = await startTestServer();
  checksumBefore = await graphChecksum();
});
afterAll(async () => {
  await server?.close();
});

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };

async function post(body: unknown): Promise<{ status: number; body: Body; bytes: number }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Body, bytes: text.length };
}

const codes = (b: Body) => (b.errors ?? []).map((e) => e.extensions?.code);

/**
 * While `attack` runs, a cheap query and /healthz keep answering: each within `deadlineMs` (a frozen server took
 * 29 s; the deadline is wide so a busy machine does not fail it), checked every 100 ms.
 */
async function stillAnswering(attack: Promise<unknown>, deadlineMs = 5000): Promise<number> {
  let done = false;
  void attack.finally(() => (done = true)).catch(() => {});
  let probes = 0;
  while (!done) {
    for (const probe of [
      () => fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(deadlineMs) }).then((r) => r.status),
      () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ state(id: "POL") { name } }' }),
          signal: AbortSignal.timeout(deadlineMs),
        }).then((r) => r.status),
    ]) {
      expect(await probe()).toBe(200);
      probes += 1;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await attack;
  return probes;
}

describe('list fan-out is priced by what it returns', () => {
  const cycle = (depth: number) => {
    let inner = 'id';
    for (let i = 0; i < depth; i++) inner = `memberships { bloc { members { state { ${inner} } } } }`;
    return inner;
  };

  it('refuses the 4 KB cycle under 20 aliases before any Cypher runs (QUERY_TOO_COSTLY)', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: states { ${cycle(2)} }`).join('\n');
    const query = `{ ${aliases} }`;
    expect(query.length).toBeGreaterThan(2000);
    const r = await post({ query });
    expect(r.status).toBe(400);
    expect(codes(r.body)).toEqual(['QUERY_TOO_COSTLY']);
    expect(r.body.errors![0]!.message).toMatch(/exceeds the limit of 500,000/);
    expect(r.body.extensions?.cypherRoundTrips).toBe(0);
  });

  it.each([
    ['one alias of the cycle', `{ states { ${cycle(2)} } }`],
    ['blocs, their members, their blocs', '{ blocs { members { state { memberships { bloc { members { state { id } } } } } } } }'],
    ['allies of allies', '{ states { allies { state { allies { state { allies { state { id } } } } } } } }'],
    [
      'exposure entries into memberships into members',
      '{ exposure(withdrawing: "USA") { entries { state { memberships { bloc { members { state { id } } } } } } } }',
    ],
    [
      'a bloc overlap walked back into members',
      '{ blocOverlap(a: "NATO", b: "EU") { states { memberships { bloc { members { state { memberships { status } } } } } } } }',
    ],
    [
      'a cycle through a fragment',
      'fragment F on State { memberships { bloc { members { state { memberships { bloc { code } } } } } } } { states { ...F } }',
    ],
    [
      'scenario members under 20 aliases',
      `{ ${Array.from({ length: 20 }, (_, i) => `b${i}: blocs { members(scenario: { changes: [{ type: WITHDRAW, state: "USA" }] }) { status } }`).join(' ')} }`,
    ],
    [
      'twenty exposures of twenty',
      `{ ${Array.from({ length: 20 }, (_, i) => `e${i}: exposure(withdrawing: "USA") { entries { reasons { text kind weight } state { memberships { status bloc { code name } } } } }`).join(' ')} }`,
    ],
  ])('refuses %s', async (_name, query) => {
    const r = await post({ query });
    expect(r.status).toBe(400);
    expect(codes(r.body)).toEqual(['QUERY_TOO_COSTLY']);
    expect(r.body.errors![0]!.extensions!.cost as number).toBeGreaterThan(MAX_COST);
  });

  it('refuses introspection nested in itself (its lists hold what the schema has, and its depth is bounded)', async () => {
    const r = await post({ query: '{ __schema { types { fields { type { fields { name type { fields { name } } } } } } } }' });
    expect(r.status).toBe(400);
    expect(['QUERY_TOO_COSTLY', 'GRAPHQL_VALIDATION_FAILED']).toContain(codes(r.body)[0]);
  });

  it('prices by the variables too: a list-sized argument is counted as given', async () => {
    const r = await post({ query: 'query($f: [ID!]) { exposure(withdrawing: "USA", from: $f) { asOf } }', variables: { f: ['NATO'] } });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.extensions?.cost as number).toBeGreaterThan(0);
  });
});

describe('scenarios are bounded, whatever the document looks like', () => {
  const changesQuery =
    'query($c: [ScenarioChangeInput!]) { exposure(withdrawing: "USA", scenario: { changes: $c }) { entries { state { id } } } }';

  it(`refuses more than ${ARGUMENT_LIMITS.maxScenarioChanges} changes (the 9 KB END_TREATY attack) with BAD_USER_INPUT, five clients at once, and keeps answering meanwhile`, async () => {
    const changes = Array.from({ length: 240 }, () => ({ type: 'END_TREATY', bloc: 'NATO' }));
    const attack = Promise.all(Array.from({ length: 5 }, () => post({ query: changesQuery, variables: { c: changes } })));
    expect(await stillAnswering(attack)).toBeGreaterThan(0);
    for (const r of await attack) {
      expect(r.status).toBe(400);
      expect(codes(r.body)).toEqual(['BAD_USER_INPUT']);
      expect(r.body.errors![0]!.message).toMatch(/240 items, more than the 100 allowed in one list/);
    }
    const fifty = await post({ query: changesQuery, variables: { c: changes.slice(0, 51) } });
    expect(fifty.body.errors![0]!.message).toMatch(/51 changes, more than the 50 allowed in one scenario/);
  });

  it('refuses the 95 KB version (2,400 changes) by its size, before reading it all (413)', async () => {
    const changes = Array.from({ length: 2400 }, () => ({ type: 'END_TREATY', bloc: 'NATO' }));
    const r = await post({ query: changesQuery, variables: { c: changes } });
    expect(r.status).toBe(413);
    expect(codes(r.body)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it(`refuses a FORM of more than ${ARGUMENT_LIMITS.maxFormStates} states`, async () => {
    const { body: all } = await graphql<{ states: { id: string }[] }>(server.url, '{ states { id } }');
    const states = all.data!.states.map((s) => s.id);
    expect(states.length).toBeGreaterThan(ARGUMENT_LIMITS.maxFormStates);
    const r = await post({
      query: changesQuery,
      variables: {
        c: [
          { type: 'FORM', code: 'EVERYONE', states },
          { type: 'END_TREATY', bloc: 'EVERYONE' },
        ],
      },
    });
    expect(r.status).toBe(400);
    expect(codes(r.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers the largest scenario allowed (a FORM of 100 states, then END_TREATY repeated: a no-op)', async () => {
    const { body: all } = await graphql<{ states: { id: string }[] }>(server.url, '{ states { id } }');
    const states = all.data!.states.map((s) => s.id).slice(0, ARGUMENT_LIMITS.maxFormStates);
    const changes = [
      { type: 'FORM', code: 'HUNDRED', states, mutualDefence: true },
      ...Array.from({ length: ARGUMENT_LIMITS.maxScenarioChanges - 1 }, () => ({ type: 'END_TREATY', bloc: 'HUNDRED' })),
    ];
    const attack = Promise.all(Array.from({ length: 5 }, () => post({ query: changesQuery, variables: { c: changes } })));
    expect(await stillAnswering(attack)).toBeGreaterThan(0);
    for (const r of await attack) {
      expect(r.body.errors).toBeUndefined();
      expect(r.status).toBe(200);
    }
  });
});

describe('CPU work runs off the event loop, within a budget that fires', () => {
  it('an exposure under a scenario past its budget is stopped (QUERY_TIMEOUT) while the server keeps answering', async () => {
    // A budget no computation can meet (the thread alone takes longer to start): the budget must fire, the thread
    // be stopped, and the main thread answer /healthz and cheap queries all along.
    const strict = await startTestServer({ computeBudgetMs: 1 });
    try {
      const query =
        '{ exposure(withdrawing: "USA", scenario: { changes: [{ type: FREEZE, state: "TUR", bloc: "NATO" }] }) { entries { state { id } } } }';
      const attempts = await Promise.all(Array.from({ length: 4 }, () => graphql(strict.url, query)));
      for (const { body } of attempts) expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TIMEOUT']);
      expect((await fetch(`${strict.url}/healthz`)).status).toBe(200);
      expect((await graphql(strict.url, '{ exposure(withdrawing: "USA") { entries { state { id } } } }')).body.errors).toBeUndefined();
    } finally {
      await strict.close();
    }
    // With the default budget the same question is answered, from the worker thread.
    const { body } = await graphql<{ exposure: { entries: unknown[] } }>(
      server.url,
      '{ exposure(withdrawing: "USA", scenario: { changes: [{ type: FREEZE, state: "TUR", bloc: "NATO" }] }) { entries { state { id } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.exposure.entries.length).toBeGreaterThan(0);
  });
});

describe("a client mistake found in a worker thread is still the client's mistake", () => {
  it.each([
    ['an unknown withdrawing state', '{ exposure(withdrawing: "ZZZ", scenario: { name: "negative" }) { asOf } }', /ZZZ/],
    ['an empty withdrawing state', '{ exposure(withdrawing: "", scenario: { name: "negative" }) { asOf } }', /withdrawing/],
    ['an unknown bloc in from', '{ exposure(withdrawing: "USA", from: ["NOPE"], scenario: { name: "negative" }) { asOf } }', /NOPE/],
  ])('%s under a scenario is BAD_USER_INPUT naming it', async (_name, query, named) => {
    const { status, body } = await graphql(server.url, query);
    expect(status).toBe(200);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0]!.message).toMatch(named);
  });
});

describe('Cypher concurrency is bounded', () => {
  it('twenty clients of twenty aliased paths to an unreachable state: answers or 503, never an internal error, and the probes answer', async () => {
    // The Holy See belongs to no bloc: no chain reaches it. The search stops as soon as it has seen what is in force.
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `p${i}: path(from: "USA", to: "VAT", maxHops: 4) { hops }`).join(' ')} }`;
    const attack = Promise.all(Array.from({ length: 20 }, () => post({ query })));
    expect(await stillAnswering(attack)).toBeGreaterThan(0);
    for (const r of await attack) {
      expect(codes(r.body).filter((c) => c !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      if (r.body.errors) expect(r.status).toBe(503);
      else expect(r.body.data).toEqual(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}`, []])));
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('the process runs fewer statements at once than the driver has connections, and frees every slot afterwards', async () => {
    expect(server.runner.slots.max).toBeLessThan(64); // the driver's pool
    expect(20 * server.runner.perRequest).toBeLessThan(server.runner.slots.max);
    // Statements of a request that was answered early (503) finish on their own, then their slots are free.
    await expect.poll(() => server.runner.slots.load, { timeout: 30_000 }).toEqual({ active: 0, waiting: 0 });
  });
});

describe('bodies, encodings and framing', () => {
  it('refuses a chunked body over the limit as soon as it crosses it, and closes the connection', async () => {
    const url = new URL(server.url);
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    let answer = '';
    let closed = false;
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('close', () => (closed = true));
    socket.on('error', () => (closed = true));
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = 'x'.repeat(16 * 1024);
    let sent = 0;
    // Up to 2 MB, 16 KB at a time: stop as soon as the server has answered or closed.
    for (let i = 0; i < 128 && !closed && answer === ''; i++) {
      socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      sent += chunk.length;
      await new Promise((r) => setTimeout(r, 20));
    }
    await expect.poll(() => closed, { timeout: 10_000 }).toBe(true);
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1.1 413/);
    expect(answer).toMatch(/PAYLOAD_TOO_LARGE/);
    expect(sent).toBeLessThan(512 * 1024);
  });

  it('refuses a compressed body (415) and a declared length over the limit (413) without reading it', async () => {
    const gz = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: 'xx',
    });
    expect(gz.status).toBe(415);
    const big = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ state(id: "${'A'.repeat(70_000)}") { id } }` }),
    });
    expect(big.status).toBe(413);
  });

  it('6 KB of nested brackets is a parse error (the parser stops at its token limit), not a crash', async () => {
    const r = await post({ query: `{ state(id: ${'['.repeat(6000)}) { id } }` });
    expect(r.status).toBe(400);
    expect(codes(r.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });
});

describe('client mistakes are classified as such', () => {
  it.each([
    ['a mutation', 'mutation { x }', ['OPERATION_NOT_SUPPORTED', 'GRAPHQL_VALIDATION_FAILED']],
    ['a subscription', 'subscription { x }', ['OPERATION_NOT_SUPPORTED', 'GRAPHQL_VALIDATION_FAILED']],
  ])('%s', async (_name, query, allowed) => {
    const r = await post({ query });
    expect(r.status).toBe(400);
    for (const code of codes(r.body)) expect(allowed).toContain(code);
  });

  it.each([
    [
      'a hash that does not match',
      { query: '{ state(id: "POL") { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
    ],
    ['a hash alone, unknown', { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }],
    ['a hash of the wrong type', { extensions: { persistedQuery: { version: 1, sha256Hash: 12 } } }],
    ['an unknown version', { extensions: { persistedQuery: { version: 9, sha256Hash: 'c'.repeat(64) } } }],
  ])('a bad persisted query: %s', async (_name, body) => {
    const r = await post(body);
    expect(r.status).toBeLessThan(500);
    expect(codes(r.body)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('static files: a missing playground asset is a fixed 404 text, no path on disk', async () => {
    const response = await fetch(`${server.url}/playground/missing-${Date.now()}.js`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toMatch(/\/work|\/home|\/root|dist\//);
    expect(text).toMatch(/Not Found/);
  });

  it('sends security headers: a CSP that forbids framing, nosniff, no x-powered-by', async () => {
    const response = await fetch(`${server.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('per-client rate limit', () => {
  it('answers 429 with Retry-After past RATE_LIMIT_PER_MINUTE, while probes and other servers stay free', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 10 });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 15; i++) {
        const response = await fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        statuses.push(response.status);
        if (response.status === 429) {
          retryAfter = response.headers.get('retry-after');
          expect(((await response.json()) as Body).errors![0]!.extensions!.code).toBe('RATE_LIMITED');
        } else await response.text();
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
      expect(statuses.slice(10)).toEqual(Array(5).fill(429));
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('probes', () => {
  it('a flood of /readyz costs Neo4j one look a second, not one a request', async () => {
    const probed = await startTestServer();
    try {
      let looks = 0;
      const probe = probed.runner.probe.bind(probed.runner);
      probed.runner.probe = (timeoutMs?: number) => {
        looks += 1;
        return probe(timeoutMs);
      };
      const answers = await Promise.all(Array.from({ length: 200 }, () => fetch(`${probed.url}/readyz`).then((r) => r.status)));
      expect(answers.every((status) => status === 200)).toBe(true);
      // One look per second at most: 200 probes take a few seconds at worst on a busy machine, so far fewer
      // looks than probes (without the sharing it would be 200).
      expect(looks).toBeGreaterThanOrEqual(1);
      expect(looks).toBeLessThan(20);
    } finally {
      await probed.close();
    }
  });
});

describe('afterwards', () => {
  it('the graph is unchanged and the server ready', async () => {
    expect(await graphChecksum()).toBe(checksumBefore);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
