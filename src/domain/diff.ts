/**
 * What a scenario changes, compared with the baseline: pure comparisons of two exposure rankings and of two
 * sets of memberships. No driver, no GraphQL.
 */
import type { ExposureEntry, ExposureLevel, ExposureReason } from './exposure.js';
import type { GraphFacts, MembershipStatus } from './facts.js';

export interface ExposureDelta {
  stateId: string;
  baselineScore: number;
  score: number;
  change: number;
  baselineLevel: ExposureLevel;
  level: ExposureLevel;
  reasonsGained: ExposureReason[];
  reasonsLost: ExposureReason[];
}

const reasonKey = (r: ExposureReason) => `${r.kind}|${r.bloc ?? ''}|${r.counterpart ?? ''}`;

/** One delta per state whose score or reasons differ; biggest absolute change first, then by id. */
export function diffExposure(baseline: readonly ExposureEntry[], scenario: readonly ExposureEntry[]): ExposureDelta[] {
  const before = new Map(baseline.map((e) => [e.stateId, e]));
  const after = new Map(scenario.map((e) => [e.stateId, e]));
  const deltas: ExposureDelta[] = [];
  for (const stateId of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(stateId);
    const a = after.get(stateId);
    const beforeKeys = new Set((b?.reasons ?? []).map(reasonKey));
    const afterKeys = new Set((a?.reasons ?? []).map(reasonKey));
    const reasonsGained = (a?.reasons ?? []).filter((r) => !beforeKeys.has(reasonKey(r)));
    const reasonsLost = (b?.reasons ?? []).filter((r) => !afterKeys.has(reasonKey(r)));
    const baselineScore = b?.score ?? 0;
    const score = a?.score ?? 0;
    const change = Math.round((score - baselineScore) * 10_000) / 10_000;
    if (change === 0 && reasonsGained.length === 0 && reasonsLost.length === 0) continue;
    deltas.push({
      stateId,
      baselineScore,
      score,
      change,
      baselineLevel: b?.level ?? 'NONE',
      level: a?.level ?? 'NONE',
      reasonsGained,
      reasonsLost,
    });
  }
  return deltas.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || x.stateId.localeCompare(y.stateId));
}

export interface MembershipDiff {
  state: string;
  bloc: string;
  before: MembershipStatus | null;
  after: MembershipStatus | null;
}

/** Memberships that a scenario adds, removes or changes the status of, among those `select` picks. */
export function diffMemberships(
  before: GraphFacts,
  after: GraphFacts,
  select: (m: { state: string; bloc: string }) => boolean,
): MembershipDiff[] {
  const key = (m: { state: string; bloc: string }) => `${m.state}|${m.bloc}`;
  const was = new Map(before.memberships.filter(select).map((m) => [key(m), m]));
  const is = new Map(after.memberships.filter(select).map((m) => [key(m), m]));
  const diffs: MembershipDiff[] = [];
  for (const k of new Set([...was.keys(), ...is.keys()])) {
    const b = was.get(k);
    const a = is.get(k);
    if (b?.status === a?.status) continue;
    const [state, bloc] = k.split('|') as [string, string];
    diffs.push({ state, bloc, before: b?.status ?? null, after: a?.status ?? null });
  }
  return diffs.sort((x, y) => x.bloc.localeCompare(y.bloc) || x.state.localeCompare(y.state));
}
