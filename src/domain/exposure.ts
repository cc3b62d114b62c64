/**
 * Exposure (docs/data-model.md, "What exposure computes"): if W withdraws (from everything, or from the blocs in `from`), how much security
 * does each other state s lose, and why. Pure and deterministic; the same text is in the README, "Exposure: how it is scored".
 *
 *   score(s) = NET × (1 − OWN) × SALIENCE                                   every factor in [0,1], so score in [0,1]
 *   NET  = 0.5·ΔG·σG + 0.3·U·σU + 0.2·F                                     what is lost, net of what remains
 *     ΔG  tie(s,W) before − after the withdrawal; tie = max over shared blocs of strength × status(s) × status(W);
 *         strength: defence obligation 1, consultation / security partnership / intelligence sharing 0.25, else 0;
 *         status: MEMBER 1, FROZEN 0.25, partner, observer, applicant, suspended 0
 *     σG  W's share of the capability guaranteeing s: tie·cap(W) / (tie·cap(W) + Σ cap(g)·tie(g)) over the
 *         guarantors g left to s in defence blocs (not W, not a state s perceives as a threat);
 *         cap = milexUsdBn (null → 2) + 100 if nuclear-armed
 *     U   1 if W's nuclear umbrella over s (EXTENDS_DETERRENCE) ends; σU = cap(W) / (cap(W) + Σ other umbrellas' cap)
 *     F   1 if W's forces on s's soil (HOSTS_FORCES_OF) leave
 *   OWN  = 0.5 if s is nuclear-armed + 0.25 · m / (m + 50), m = s's milexUsdBn (null → 2)
 *   SALIENCE = 0.4 + 0.6·T,  T = 1 − Π over threats t ≠ W of s (1 − level·proximity);
 *     level LOW 0.3, MEDIUM 0.6, HIGH 1; proximity: borders t or hosts t's forces 1, borders a state hosting t's
 *     forces 0.85, same UN subregion (sea neighbours) 0.7, otherwise 0.5
 *   level: NONE < 0.05 ≤ LOW < 0.2 ≤ MEDIUM < 0.4 ≤ HIGH < 0.6 ≤ CRITICAL
 *
 * The withdrawal is applied with the scenario rules (scenario.ts: WITHDRAW), so umbrellas and forces end with the
 * commitment they ride on. Reasons carry signed weights that add up to the score (up to rounding): losses valued
 * at the base salience 0.4, minus what remaining guarantors and the state's own means offset, plus what its threats
 * add. States that lose nothing (NET = 0) are left out; the withdrawing state itself is never listed.
 */
import { UnknownValueError } from './errors.js';

export { UnknownValueError } from './errors.js';
import type { GraphFacts, StateFact, ThreatLevel } from './facts.js';
import { DEFENCE_STRENGTH, FactIndex, blocStrength, findBloc, findState, isDefenceBloc } from './model.js';
import type { ScenarioChange } from './scenario.js';
import { applyScenario } from './scenario.js';

export type ExposureLevel = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export type ExposureReasonKind =
  'GUARANTEE_LOST' | 'PARTNERSHIP_LOST' | 'UMBRELLA_LOST' | 'FORCES_LOST' | 'REMAINING_GUARANTORS' | 'OWN_DETERRENT' | 'THREAT_PROXIMITY';

export interface ExposureReason {
  kind: ExposureReasonKind;
  /** Signed contribution to the score; the weights of an entry add up to its score (up to rounding). */
  weight: number;
  /** One sentence a reader can check against the graph. */
  text: string;
  /** Code of the bloc or treaty behind it. */
  bloc?: string;
  /** Id of the other state involved: the guarantor, the largest remaining guarantor, the threat. */
  counterpart?: string;
  /** Relationship type behind it: MEMBER_OF, EXTENDS_DETERRENCE, HOSTS_FORCES_OF, PERCEIVES_THREAT. */
  edge?: string;
}

export interface ExposureEntry {
  stateId: string;
  /** In [0, 1], rounded to 4 decimals. */
  score: number;
  level: ExposureLevel;
  reasons: ExposureReason[];
}

export interface ExposureInput {
  /** ISO3 id of the withdrawing state (case-insensitive). */
  withdrawing: string;
  /**
   * Bloc codes it leaves (case-insensitive). Omitted (undefined or null): every bloc and treaty, its umbrellas and
   * its forces abroad. Codes of blocs it is not in on the date are accepted and change nothing; [] leaves nothing.
   */
  from?: readonly string[] | null;
}

/** Every constant of the model, in one place. */
export const EXPOSURE_MODEL = {
  lostWeight: { guarantee: 0.5, umbrella: 0.3, forces: 0.2 },
  nuclearCapabilityBn: 100,
  defaultMilexBn: 2,
  own: { nuclear: 0.5, conventional: 0.25, milexHalfBn: 50 },
  baseSalience: 0.4,
  threatLevel: { LOW: 0.3, MEDIUM: 0.6, HIGH: 1 } as Readonly<Record<ThreatLevel, number>>,
  proximity: { border: 1, forcesOnOwnSoil: 1, bordersForcesHost: 0.85, sameSubregion: 0.7, distant: 0.5 },
  /** Lower bounds of each level, highest first; below the last: NONE. */
  levels: [
    [0.6, 'CRITICAL'],
    [0.4, 'HIGH'],
    [0.2, 'MEDIUM'],
    [0.05, 'LOW'],
  ] as ReadonlyArray<readonly [number, ExposureLevel]>,
} as const;

export function exposureLevel(score: number): ExposureLevel {
  for (const [bound, level] of EXPOSURE_MODEL.levels) if (score >= bound) return level;
  return 'NONE';
}

/**
 * Ranked exposure of every state that loses something when `input.withdrawing` withdraws.
 * With `baseline` (a what-if), `facts` is the scenario's world: W withdraws there, and each state's loss is
 * measured from the baseline (today's graph) to that world, so "in the negative scenario, who is exposed if the US
 * withdraws" counts the guarantees lost relative to today even when the scenario itself already removed them.
 */
export function computeExposure(facts: GraphFacts, input: ExposureInput, baseline?: GraphFacts): ExposureEntry[] {
  const W = findState(facts, input.withdrawing)?.id;
  if (!W) throw new UnknownValueError('state', input.withdrawing, 'withdrawing');
  let changes: ScenarioChange[];
  if (input.from === undefined || input.from === null) {
    changes = [{ type: 'WITHDRAW', state: W }];
  } else {
    const codes = new Set<string>();
    for (const code of input.from) {
      const bloc = findBloc(facts, code);
      if (!bloc) throw new UnknownValueError('bloc', code, 'from');
      codes.add(bloc.code);
    }
    changes = [...codes]
      .sort()
      .filter((code) => facts.memberships.some((m) => m.state === W && m.bloc === code))
      .map((code) => ({ type: 'WITHDRAW', state: W, bloc: code }));
  }
  const before = FactIndex.of(baseline ?? facts);
  const after = new FactIndex(applyScenario(facts, changes));
  const text = new Texts(before);

  // Only states tied to W before the withdrawal can lose anything: W's bloc partners, umbrellas, hosts.
  const candidates = new Set<string>();
  for (const bloc of before.blocsOf.get(W)?.keys() ?? []) for (const s of before.membersOf.get(bloc)?.keys() ?? []) candidates.add(s);
  for (const s of before.umbrellasFrom.get(W) ?? []) candidates.add(s);
  for (const f of before.facts.forces) if (f.foreign === W) candidates.add(f.host);
  candidates.delete(W);

  const entries: ExposureEntry[] = [];
  for (const id of [...candidates].sort(cmp)) {
    const s = before.states.get(id);
    const entry = s ? exposureOf(s, W, before, after, text) : null;
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => b.score - a.score || cmp(a.stateId, b.stateId));
}

function exposureOf(s: StateFact, W: string, before: FactIndex, after: FactIndex, text: Texts): ExposureEntry | null {
  const M = EXPOSURE_MODEL;
  const S0 = M.baseSalience;
  const threats = threatsOf(s.id, W, after);
  const threatIds = new Set(threats.map((t) => t.threat));

  // What is lost: the guarantee (tie) W gave s, its umbrella, its forces.
  const tieBefore = before.tie(s.id, W);
  const deltaG = Math.max(0, tieBefore - after.tie(s.id, W));
  const cut = [...(before.blocsOf.get(s.id)?.keys() ?? [])]
    .sort(cmp)
    .map((bloc) => ({ bloc, lost: before.tieThrough(bloc, s.id, W) - after.tieThrough(bloc, s.id, W) }))
    .filter((c) => c.lost > 0);
  const U = before.hasUmbrella(W, s.id) && !after.hasUmbrella(W, s.id) ? 1 : 0;
  const F = before.hostsForcesOf(s.id, W) && !after.hostsForcesOf(s.id, W) ? 1 : 0;
  const gross = M.lostWeight.guarantee * deltaG + M.lostWeight.umbrella * U + M.lostWeight.forces * F;
  if (gross <= 0) return null;

  // What remains: other guarantors in defence blocs, other umbrellas (a threat is nobody's guarantor).
  const capW = capability(before.states.get(W));
  const guarantors = remainingGuarantors(s.id, W, after, threatIds);
  const remainingCap = guarantors.reduce((sum, g) => sum + g.tie * g.cap, 0);
  const sigmaG = deltaG > 0 ? (tieBefore * capW) / (tieBefore * capW + remainingCap) : 1;
  const umbrellas = [...(after.umbrellasOver.get(s.id) ?? [])]
    .filter((g) => g !== W && !threatIds.has(g))
    .sort(cmp)
    .map((g) => ({ id: g, cap: capability(after.states.get(g)) }));
  const umbrellaCap = umbrellas.reduce((sum, g) => sum + g.cap, 0);
  const sigmaU = U > 0 ? capW / (capW + umbrellaCap) : 1;
  const net = M.lostWeight.guarantee * deltaG * sigmaG + M.lostWeight.umbrella * U * sigmaU + M.lostWeight.forces * F;

  // The state's own means.
  const m = milex(s);
  const own = (s.nuclearArmed === true ? M.own.nuclear : 0) + (M.own.conventional * m) / (m + M.own.milexHalfBn);

  // How much it matters.
  const terms = threats.map((t) => M.threatLevel[t.level] * t.proximity);
  const T = 1 - terms.reduce((p, x) => p * (1 - x), 1);
  const salience = S0 + (1 - S0) * T;
  const score = net * (1 - own) * salience;

  const reasons: ExposureReason[] = [];
  const lostSum = cut.reduce((sum, c) => sum + c.lost, 0);
  if (deltaG > 0) {
    for (const c of cut) {
      const weight = M.lostWeight.guarantee * deltaG * (c.lost / lostSum) * S0;
      const defence = blocStrength(before.blocs.get(c.bloc)) >= DEFENCE_STRENGTH;
      reasons.push({
        kind: defence ? 'GUARANTEE_LOST' : 'PARTNERSHIP_LOST',
        weight,
        text: defence ? text.guaranteeLost(s.id, W, c.bloc) : text.partnershipLost(s.id, W, c.bloc),
        bloc: c.bloc,
        counterpart: W,
        edge: 'MEMBER_OF',
      });
    }
  }
  if (U > 0) {
    const via = before.facts.deterrence.find((d) => d.guarantor === W && d.protected === s.id)?.via ?? null;
    reasons.push({
      kind: 'UMBRELLA_LOST',
      weight: M.lostWeight.umbrella * S0,
      text: text.umbrellaLost(s.id, W, via),
      ...(via && before.blocs.has(via) ? { bloc: via } : {}),
      counterpart: W,
      edge: 'EXTENDS_DETERRENCE',
    });
  }
  if (F > 0) {
    reasons.push({
      kind: 'FORCES_LOST',
      weight: M.lostWeight.forces * S0,
      text: text.forcesLost(s.id, W),
      counterpart: W,
      edge: 'HOSTS_FORCES_OF',
    });
  }
  if (deltaG > 0 && guarantors.length > 0) {
    const blocs = [...new Set(guarantors.flatMap((g) => g.blocs))].sort(cmp);
    const byCap = [...guarantors].sort((a, b) => b.tie * b.cap - a.tie * a.cap || cmp(a.id, b.id));
    const mainBloc = blocs
      .map((bloc) => ({ bloc, cap: guarantors.filter((g) => g.blocs.includes(bloc)).reduce((x, g) => x + g.tie * g.cap, 0) }))
      .sort((a, b) => b.cap - a.cap || cmp(a.bloc, b.bloc))[0]!.bloc;
    reasons.push({
      kind: 'REMAINING_GUARANTORS',
      weight: -M.lostWeight.guarantee * deltaG * (1 - sigmaG) * S0,
      text: text.remainingGuarantors(
        s.id,
        W,
        byCap.map((g) => g.id),
        blocs,
        sigmaG,
      ),
      bloc: mainBloc,
      counterpart: byCap[0]!.id,
      edge: 'MEMBER_OF',
    });
  }
  if (U > 0 && umbrellas.length > 0) {
    const byCap = [...umbrellas].sort((a, b) => b.cap - a.cap || cmp(a.id, b.id));
    reasons.push({
      kind: 'REMAINING_GUARANTORS',
      weight: -M.lostWeight.umbrella * (1 - sigmaU) * S0,
      text: text.remainingUmbrellas(
        s.id,
        W,
        byCap.map((g) => g.id),
        sigmaU,
      ),
      counterpart: byCap[0]!.id,
      edge: 'EXTENDS_DETERRENCE',
    });
  }
  reasons.push({
    kind: 'OWN_DETERRENT',
    weight: -net * own * S0,
    text: text.ownDeterrent(s, own),
  });
  const termSum = terms.reduce((a, b) => a + b, 0);
  threats.forEach((t, i) => {
    reasons.push({
      kind: 'THREAT_PROXIMITY',
      weight: termSum > 0 ? net * (1 - own) * (salience - S0) * (terms[i]! / termSum) : 0,
      text: text.threat(s.id, t),
      counterpart: t.threat,
      edge: 'PERCEIVES_THREAT',
    });
  });

  const rounded = round4(score);
  return {
    stateId: s.id,
    score: rounded,
    level: exposureLevel(rounded),
    reasons: reasons.map((r) => ({ ...r, weight: round4(r.weight) })),
  };
}

interface Guarantor {
  id: string;
  tie: number;
  cap: number;
  blocs: string[];
}

/** States bound to s through a defence bloc after the withdrawal, other than W and s's threats. */
function remainingGuarantors(s: string, W: string, after: FactIndex, threats: ReadonlySet<string>): Guarantor[] {
  const found = new Map<string, Guarantor>();
  for (const bloc of [...(after.blocsOf.get(s)?.keys() ?? [])].sort(cmp)) {
    if (!isDefenceBloc(after.blocs.get(bloc))) continue;
    for (const g of [...(after.membersOf.get(bloc)?.keys() ?? [])].sort(cmp)) {
      if (g === s || g === W || threats.has(g)) continue;
      const tie = after.tieThrough(bloc, s, g);
      if (tie <= 0) continue;
      const known = found.get(g);
      if (known) {
        known.tie = Math.max(known.tie, tie);
        known.blocs.push(bloc);
      } else {
        found.set(g, { id: g, tie, cap: capability(after.states.get(g)), blocs: [bloc] });
      }
    }
  }
  return [...found.values()];
}

interface Threat {
  threat: string;
  level: ThreatLevel;
  proximity: number;
  how: 'border' | 'forcesOnOwnSoil' | 'bordersForcesHost' | 'sameSubregion' | 'distant';
  /** For bordersForcesHost: the neighbour that hosts the threat's forces. */
  via?: string;
}

/** The threats s perceives, other than W itself, with their proximity (in the world after the withdrawal). */
function threatsOf(s: string, W: string, idx: FactIndex): Threat[] {
  const P = EXPOSURE_MODEL.proximity;
  const neighbours = idx.neighbours.get(s) ?? new Set<string>();
  const levels = EXPOSURE_MODEL.threatLevel;
  const out: Threat[] = [];
  for (const t of idx.threatsBy.get(s) ?? []) {
    if (t.threat === W || t.threat === s || !(t.level in levels)) continue;
    const base = { threat: t.threat, level: t.level };
    const hosts = [...neighbours].filter((n) => idx.hostsForcesOf(n, t.threat)).sort(cmp);
    const mine = idx.states.get(s)?.subregion;
    if (neighbours.has(t.threat)) out.push({ ...base, proximity: P.border, how: 'border' });
    else if (idx.hostsForcesOf(s, t.threat)) out.push({ ...base, proximity: P.forcesOnOwnSoil, how: 'forcesOnOwnSoil' });
    else if (hosts.length > 0) out.push({ ...base, proximity: P.bordersForcesHost, how: 'bordersForcesHost', via: hosts[0]! });
    else if (mine && mine === idx.states.get(t.threat)?.subregion) out.push({ ...base, proximity: P.sameSubregion, how: 'sameSubregion' });
    else out.push({ ...base, proximity: P.distant, how: 'distant' });
  }
  return out;
}

function milex(s: StateFact | undefined): number {
  const m = s?.milexUsdBn;
  return typeof m === 'number' && Number.isFinite(m) && m >= 0 ? m : EXPOSURE_MODEL.defaultMilexBn;
}

/** A guarantor's weight: military expenditure (bn US$) plus 100 for a nuclear arsenal. */
function capability(s: StateFact | undefined): number {
  return milex(s) + (s?.nuclearArmed === true ? EXPOSURE_MODEL.nuclearCapabilityBn : 0);
}

function round4(x: number): number {
  const r = Math.round(x * 10000) / 10000;
  return r === 0 ? 0 : r; // no -0
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Names for the sentences: "the United States", "Poland". */
const ARTICLE =
  /^(United |Central African|Dominican|Republic of|DR |Czech Republic|Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$|Marshall Islands$|Solomon Islands$)/;

class Texts {
  constructor(private readonly idx: FactIndex) {}

  /** A state's name as it reads inside a sentence, with "the" where English wants one. */
  the(id: string): string {
    const name = this.idx.states.get(id)?.name ?? id;
    return ARTICLE.test(name) ? `the ${name}` : name;
  }

  The(id: string): string {
    const n = this.the(id);
    return n.charAt(0).toUpperCase() + n.slice(1);
  }

  bloc(code: string): string {
    const b = this.idx.blocs.get(code);
    return b && b.name !== code ? `${code} (${b.name})` : code;
  }

  private status(s: string, W: string, bloc: string): string {
    const parts: string[] = [];
    const fs = this.idx.membersOf.get(bloc)?.get(s) ?? 0;
    const fw = this.idx.membersOf.get(bloc)?.get(W) ?? 0;
    if (fs < 1) parts.push(`${this.the(s)}'s membership is FROZEN`);
    if (fw < 1) parts.push(`${this.the(W)}'s membership is FROZEN`);
    return parts.length ? `; ${parts.join(' and ')}, so it counted at ${pct(fs * fw)}` : '';
  }

  guaranteeLost(s: string, W: string, bloc: string): string {
    return `${this.The(s)} loses the mutual-defence guarantee of ${this.the(W)} through ${this.bloc(bloc)}${this.status(s, W, bloc)}.`;
  }

  partnershipLost(s: string, W: string, bloc: string): string {
    return `${this.The(s)} loses its security tie with ${this.the(W)} in ${this.bloc(bloc)}, which carries no defence obligation (counted at a quarter of a guarantee)${this.status(s, W, bloc)}.`;
  }

  umbrellaLost(s: string, W: string, via: string | null): string {
    return `${this.The(s)} loses the nuclear umbrella ${this.the(W)} extends to it (EXTENDS_DETERRENCE${via ? ` via ${via}` : ''}).`;
  }

  forcesLost(s: string, W: string): string {
    return `Forces of ${this.the(W)} stationed in ${this.the(s)} (HOSTS_FORCES_OF) leave with the withdrawal.`;
  }

  remainingGuarantors(s: string, W: string, guarantors: string[], blocs: string[], sigma: number): string {
    const named = guarantors.slice(0, 3).map((g) => this.the(g));
    const more = guarantors.length > 3 ? ` and ${guarantors.length - 3} more` : '';
    const nuclear = guarantors.filter((g) => this.idx.states.get(g)?.nuclearArmed === true).length;
    const who = guarantors.length === 1 ? '1 guarantor remains' : `${guarantors.length} guarantors remain`;
    return `${who} to ${this.the(s)} through ${blocs.join(', ')} (${named.join(', ')}${more}; ${nuclear} nuclear-armed): ${this.the(W)} held ${pct(sigma)} of the capability guaranteeing ${this.the(s)}, so ${pct(1 - sigma)} of the guarantee stays.`;
  }

  tiesLost(s: string, lost: string[], bloc: string, share: number): string {
    const named = lost.slice(0, 3).map((g) => this.the(g));
    const more = lost.length > 3 ? ` and ${lost.length - 3} more` : '';
    return `${this.The(s)} loses ties through ${this.bloc(bloc)} with ${named.join(', ')}${more}: ${pct(share)} of the capability that stood behind it.`;
  }

  remainingUmbrellas(s: string, W: string, guarantors: string[], sigma: number): string {
    return `Other nuclear umbrellas over ${this.the(s)} remain (EXTENDS_DETERRENCE from ${guarantors.map((g) => this.the(g)).join(', ')}): ${this.the(W)} held ${pct(sigma)} of that capability.`;
  }

  ownDeterrent(s: StateFact, own: number): string {
    const figure =
      typeof s.milexUsdBn === 'number'
        ? `spends $${s.milexUsdBn}bn a year on defence${s.milexYear ? ` (${s.milexYear} figure)` : ''}`
        : `has no published defence-spending figure (counted as $${EXPOSURE_MODEL.defaultMilexBn}bn)`;
    const nuclear = s.nuclearArmed === true ? 'has its own nuclear deterrent and' : 'has no nuclear weapons and';
    return `${this.The(s.id)} ${nuclear} ${figure}: its own means offset ${pct(own)} of the net loss.`;
  }

  threat(s: string, t: Threat): string {
    const head = `${this.The(s)} perceives a ${t.level} threat from ${this.the(t.threat)} (PERCEIVES_THREAT)`;
    switch (t.how) {
      case 'border':
        return `${head} and borders it.`;
      case 'forcesOnOwnSoil':
        return `${head}, whose forces are on its soil (HOSTS_FORCES_OF).`;
      case 'bordersForcesHost':
        return `${head} and borders ${this.the(t.via!)}, which hosts its forces (HOSTS_FORCES_OF).`;
      case 'sameSubregion':
        return `${head}, a neighbour without a land border in the same subregion (${this.idx.states.get(s)?.subregion}).`;
      default:
        return `${head}, at a distance (no land border, another subregion).`;
    }
  }
}

/**
 * What a scenario costs by itself: for every state, the share of the guarantees, umbrellas and forces it had in
 * `before` that it no longer has in `after` (the same world with the scenario's changes applied), weighted by the
 * capability behind each (cap = milexUsdBn + 100 if nuclear-armed), then scored as exposure is:
 *
 *   cost(s) = NET × (1 − OWN) × SALIENCE,   NET = 0.5·lossG + 0.3·lossU + 0.2·lossF
 *     lossG  (Σ tie·cap over every state tied to s before − the same after) / the sum before, at least 0
 *     lossU  the same over the nuclear umbrellas over s;  lossF  the share of foreign forces on s's soil that leave
 *   OWN and SALIENCE as for exposure (threats read in `after`, none excluded).
 *
 * Reasons: the guarantee lost through each bloc (the states whose strongest tie to s ran through it), each umbrella
 * and each foreign force that goes, then the state's own means and its threats; their weights add up to the score.
 * A gain (a scenario that adds ties) costs nothing: states that lose nothing are left out.
 */
export function computeScenarioCost(before: GraphFacts, after: GraphFacts): ExposureEntry[] {
  const b = FactIndex.of(before);
  const a = new FactIndex(after);
  const text = new Texts(b);
  const entries: ExposureEntry[] = [];
  for (const id of [...b.states.keys()].sort(cmp)) {
    const entry = scenarioCostOf(id, b, a, text);
    if (entry) entries.push(entry);
  }
  return entries.sort((x, y) => y.score - x.score || cmp(x.stateId, y.stateId));
}

function scenarioCostOf(s: string, b: FactIndex, a: FactIndex, text: Texts): ExposureEntry | null {
  const M = EXPOSURE_MODEL;
  const S0 = M.baseSalience;
  const state = a.states.get(s) ?? b.states.get(s);
  if (!state) return null;

  // Guarantees: every state tied to s, weighted by its capability; each one's loss booked to the bloc its strongest
  // tie ran through before.
  const tiedBefore = partnersOf(s, b);
  const total = (idx: FactIndex, ids: Iterable<string>) =>
    [...ids].reduce((sum, g) => sum + idx.tie(s, g) * capability(idx.states.get(g)), 0);
  const gBefore = total(b, tiedBefore);
  const gAfter = total(a, partnersOf(s, a));
  const lossG = gBefore > 0 ? Math.max(0, gBefore - gAfter) / gBefore : 0;
  const lostByBloc = new Map<string, { lost: number; states: { id: string; lost: number }[] }>();
  for (const g of [...tiedBefore].sort(cmp)) {
    const lost = Math.max(0, b.tie(s, g) - a.tie(s, g)) * capability(b.states.get(g));
    if (lost <= 0) continue;
    const bloc = strongestBloc(s, g, b);
    const entry = lostByBloc.get(bloc) ?? { lost: 0, states: [] };
    entry.lost += lost;
    entry.states.push({ id: g, lost });
    lostByBloc.set(bloc, entry);
  }

  const umbrellasBefore = [...(b.umbrellasOver.get(s) ?? [])].sort(cmp);
  const uBefore = umbrellasBefore.reduce((sum, g) => sum + capability(b.states.get(g)), 0);
  const uAfter = [...(a.umbrellasOver.get(s) ?? [])].reduce((sum, g) => sum + capability(a.states.get(g)), 0);
  const lossU = uBefore > 0 ? Math.max(0, uBefore - uAfter) / uBefore : 0;
  const umbrellasLost = umbrellasBefore.filter((g) => !a.hasUmbrella(g, s));

  const forcesBefore = [...(b.forcesIn.get(s) ?? [])].sort(cmp);
  const forcesLost = forcesBefore.filter((f) => !a.hostsForcesOf(s, f));
  const lossF = forcesBefore.length > 0 ? forcesLost.length / forcesBefore.length : 0;

  const net = M.lostWeight.guarantee * lossG + M.lostWeight.umbrella * lossU + M.lostWeight.forces * lossF;
  if (net <= 0) return null;

  const m = milex(state);
  const own = (state.nuclearArmed === true ? M.own.nuclear : 0) + (M.own.conventional * m) / (m + M.own.milexHalfBn);
  const threats = threatsOf(s, '', a);
  const terms = threats.map((t) => M.threatLevel[t.level] * t.proximity);
  const T = 1 - terms.reduce((p, x) => p * (1 - x), 1);
  const salience = S0 + (1 - S0) * T;
  const score = net * (1 - own) * salience;

  const reasons: ExposureReason[] = [];
  const lostSum = [...lostByBloc.values()].reduce((sum, x) => sum + x.lost, 0);
  if (lossG > 0) {
    for (const [bloc, lost] of [...lostByBloc.entries()].sort((x, y) => y[1].lost - x[1].lost || cmp(x[0], y[0]))) {
      const who = [...lost.states].sort((x, y) => y.lost - x.lost || cmp(x.id, y.id)).map((g) => g.id);
      const defence = blocStrength(b.blocs.get(bloc)) >= DEFENCE_STRENGTH;
      reasons.push({
        kind: defence ? 'GUARANTEE_LOST' : 'PARTNERSHIP_LOST',
        weight: M.lostWeight.guarantee * lossG * (lost.lost / lostSum) * S0,
        text: text.tiesLost(s, who, bloc, lost.lost / gBefore),
        bloc,
        counterpart: who[0]!,
        edge: 'MEMBER_OF',
      });
    }
  }
  const lostUmbrellaCap = umbrellasLost.reduce((sum, g) => sum + capability(b.states.get(g)), 0);
  for (const g of lossU > 0 ? umbrellasLost : []) {
    reasons.push({
      kind: 'UMBRELLA_LOST',
      weight: M.lostWeight.umbrella * lossU * (capability(b.states.get(g)) / lostUmbrellaCap) * S0,
      text: text.umbrellaLost(s, g, b.facts.deterrence.find((d) => d.guarantor === g && d.protected === s)?.via ?? null),
      counterpart: g,
      edge: 'EXTENDS_DETERRENCE',
    });
  }
  for (const f of forcesLost) {
    reasons.push({
      kind: 'FORCES_LOST',
      weight: (M.lostWeight.forces * S0) / forcesBefore.length,
      text: text.forcesLost(s, f),
      counterpart: f,
      edge: 'HOSTS_FORCES_OF',
    });
  }
  reasons.push({ kind: 'OWN_DETERRENT', weight: -net * own * S0, text: text.ownDeterrent(state, own) });
  const termSum = terms.reduce((x, y) => x + y, 0);
  threats.forEach((t, i) => {
    reasons.push({
      kind: 'THREAT_PROXIMITY',
      weight: termSum > 0 ? net * (1 - own) * (salience - S0) * (terms[i]! / termSum) : 0,
      text: text.threat(s, t),
      counterpart: t.threat,
      edge: 'PERCEIVES_THREAT',
    });
  });
  const rounded = round4(score);
  return { stateId: s, score: rounded, level: exposureLevel(rounded), reasons: reasons.map((r) => ({ ...r, weight: round4(r.weight) })) };
}

/** Every state tied to s (tie > 0) through some bloc. */
function partnersOf(s: string, idx: FactIndex): Set<string> {
  const out = new Set<string>();
  for (const bloc of idx.blocsOf.get(s)?.keys() ?? []) {
    for (const g of idx.membersOf.get(bloc)?.keys() ?? []) if (g !== s && idx.tieThrough(bloc, s, g) > 0) out.add(g);
  }
  return out;
}

/** The bloc through which the tie between s and g is strongest (ties broken by code). */
function strongestBloc(s: string, g: string, idx: FactIndex): string {
  let best = '';
  let strength = 0;
  for (const bloc of [...(idx.blocsOf.get(s)?.keys() ?? [])].sort(cmp)) {
    const tie = idx.tieThrough(bloc, s, g);
    if (tie > strength) {
      best = bloc;
      strength = tie;
    }
  }
  return best;
}
