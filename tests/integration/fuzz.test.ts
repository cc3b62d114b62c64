/**
 * Property test over exposure and scenario inputs (fast-check): whatever a client sends, the answer is data or a
 * client error (BAD_USER_INPUT / GRAPHQL_VALIDATION_FAILED), never a 500, an internal error or a crash.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const states = ['USA', 'RUS', 'CHN', 'POL', 'ARM', 'UKR', 'JPN', 'IND', 'TUR', 'usa', 'XKX', 'TWN'];
const blocs = ['NATO', 'CSTO', 'SCO', 'BRICS', 'AUKUS', 'QUAD', 'B9', 'US_JPN', 'EU', 'nato'];
const id = fc.oneof(fc.constantFrom(...states), fc.constantFrom(...blocs), fc.string({ maxLength: 12 }), fc.constant(''));
const date = fc.oneof(
  fc.date({ min: new Date('1940-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2024-02-29', '2023-02-29', '0000-00-00', '1949-08-24'),
);
const change = fc.record(
  {
    type: fc.constantFrom('WITHDRAW', 'FREEZE', 'JOIN', 'DISSOLVE', 'FORM', 'END_TREATY'),
    state: id,
    bloc: id,
    status: fc.constantFrom('MEMBER', 'FROZEN', 'OBSERVER', 'PARTNER', 'APPLICANT'),
    code: id,
    name: fc.string({ maxLength: 20 }),
    states: fc.array(id, { maxLength: 5 }),
    mutualDefence: fc.boolean(),
  },
  { requiredKeys: ['type'] },
);
const scenario = fc.option(
  fc.record({
    name: fc.option(fc.constantFrom('negative', 'positive', 'asian-nato', 'nope', ''), { nil: undefined }),
    changes: fc.option(fc.array(change, { maxLength: 4 }), { nil: undefined }),
  }),
  { nil: null },
);

const query = `query($w: ID!, $from: [ID!], $asOf: Date, $scenario: ScenarioInput) {
  exposure(withdrawing: $w, from: $from, asOf: $asOf, scenario: $scenario) {
    asOf entries { state { id } score level reasons { kind } } deltas { state { id } change }
  }
}`;

describe('exposure and scenario inputs', () => {
  it('never answer with a server error', async () => {
    await fc.assert(
      fc.asyncProperty(
        id,
        fc.option(fc.array(id, { maxLength: 4 }), { nil: null }),
        fc.option(date, { nil: null }),
        scenario,
        async (w, from, asOf, sc) => {
          const response = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables: { w, from, asOf, scenario: sc } }),
          });
          expect(response.status).toBeLessThan(500);
          const body = (await response.json()) as {
            data?: { exposure: { entries: { score: number }[] } } | null;
            errors?: { extensions?: { code?: string } }[];
          };
          for (const error of body.errors ?? []) expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(error.extensions?.code);
          for (const entry of body.data?.exposure.entries ?? []) expect(entry.score).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 150, seed: Number(process.env.FUZZ_SEED ?? 20261121) },
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 240_000);
});
