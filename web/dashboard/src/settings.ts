/**
 * The exposure map's question, read from and written to the URL: who withdraws, from what, on which date, under
 * which scenario. `exposureVariables` is the one place that turns it into the query's variables, so the request
 * main.tsx starts early and the one the map makes are the same (and shared).
 */
import type { ExposureQueryVariables, ScenarioChangeInput, ScenarioChangeType } from './__generated__/operations.js';

export interface MapSettings {
  withdrawing: string;
  /** Bloc codes it leaves; undefined = every commitment. */
  from: string[] | undefined;
  /** YYYY-MM-DD as typed; undefined = today. */
  asOf: string | undefined;
  /** A stored scenario's id. */
  scenario: string | undefined;
  /** The user's own changes, applied after the stored scenario's. */
  changes: ScenarioChangeInput[];
  /** The state whose reasons are shown. */
  selected: string | undefined;
  region: string;
}

export const DEFAULT_WITHDRAWING = 'USA';

export function readMapSettings(params: URLSearchParams): MapSettings {
  const from = params.get('from');
  return {
    withdrawing: (params.get('withdrawing') || DEFAULT_WITHDRAWING).toUpperCase(),
    from: from === null ? undefined : from.split(',').filter(Boolean),
    asOf: params.get('asOf') || undefined,
    scenario: params.get('scenario') || undefined,
    changes: parseChanges(params.get('changes') ?? ''),
    selected: params.get('state')?.toUpperCase() || undefined,
    region: params.get('region') || 'world',
  };
}

export function exposureVariables(
  settings: Pick<MapSettings, 'withdrawing' | 'from' | 'asOf' | 'scenario' | 'changes'>,
): ExposureQueryVariables {
  const variables: ExposureQueryVariables = { withdrawing: settings.withdrawing };
  if (settings.from) variables.from = settings.from;
  if (settings.asOf) variables.asOf = settings.asOf;
  if (settings.scenario || settings.changes.length > 0) {
    variables.scenario = {
      ...(settings.scenario ? { name: settings.scenario } : {}),
      ...(settings.changes.length > 0 ? { changes: settings.changes } : {}),
    };
  }
  return variables;
}

const TYPES: readonly ScenarioChangeType[] = ['WITHDRAW', 'FREEZE', 'JOIN', 'DISSOLVE', 'FORM', 'END_TREATY'];

/** The API's own notation: WITHDRAW(POL, NATO), DISSOLVE(US_JPN), FORM(JPN_AUS: JPN, AUS, mutual defence). */
export function changeText(change: ScenarioChangeInput): string {
  if (change.type === 'FORM') {
    const states = Array.isArray(change.states) ? change.states : [];
    return `FORM(${change.code}: ${[...states, ...(change.mutualDefence ? ['mutual defence'] : [])].join(', ')})`;
  }
  const args = change.type === 'DISSOLVE' || change.type === 'END_TREATY' ? [change.bloc] : [change.state, change.bloc];
  return `${change.type}(${args.filter(Boolean).join(', ')})`;
}

/** For the URL: WITHDRAW(POL,NATO);FORM(JPN_AUS:JPN+AUS+md). */
export function formatChanges(changes: readonly ScenarioChangeInput[]): string {
  return changes
    .map((change) => {
      if (change.type !== 'FORM') return changeText(change).replace(/ /g, '');
      const states = Array.isArray(change.states) ? change.states : [];
      return `FORM(${change.code}:${[...states, ...(change.mutualDefence ? ['md'] : [])].join('+')})`;
    })
    .join(';');
}

/** Reads what formatChanges wrote; anything else is dropped (a mangled link must not break the map). */
export function parseChanges(text: string): ScenarioChangeInput[] {
  const changes: ScenarioChangeInput[] = [];
  for (const part of text.split(';')) {
    const match = /^([A-Z_]+)\(([A-Za-z0-9_,:+]*)\)$/.exec(part.trim());
    if (!match) continue;
    const type = match[1] as ScenarioChangeType;
    if (!TYPES.includes(type)) continue;
    if (type === 'FORM') {
      const [code, members = ''] = (match[2] ?? '').split(':');
      const states = members.split('+').filter((s) => s && s !== 'md');
      if (code && states.length > 0) changes.push({ type, code, states, mutualDefence: members.split('+').includes('md') });
      continue;
    }
    const args = (match[2] ?? '').split(',').filter(Boolean);
    if (type === 'DISSOLVE' || type === 'END_TREATY') {
      if (args[0]) changes.push({ type, bloc: args[0] });
    } else if (args[0]) {
      changes.push(args[1] ? { type, state: args[0], bloc: args[1] } : { type, state: args[0] });
    }
  }
  return changes;
}
