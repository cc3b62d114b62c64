/** Pick a stored scenario and add changes of one's own (WITHDRAW, FREEZE, JOIN, DISSOLVE, END_TREATY). */
import { useId, useState } from 'react';
import type { CatalogueQuery, ScenarioChangeInput, ScenarioChangeType, ScenariosQuery } from '../__generated__/operations.js';
import { ApiError } from '../api/client.js';
import { CHANGE_TYPES } from '../model.js';
import { changeText } from '../settings.js';
import { StateOptions } from './Fields.js';

interface Props {
  scenarios: ScenariosQuery['scenarios'] | undefined;
  scenariosError: Error | undefined;
  scenario: string | undefined;
  changes: readonly ScenarioChangeInput[];
  catalogue: CatalogueQuery | undefined;
  onScenario: (id: string | undefined) => void;
  onChanges: (changes: ScenarioChangeInput[]) => void;
}

function describe(error: Error): string {
  const detail = error instanceof ApiError ? error.detail : undefined;
  return detail ? `the server said: ${detail}` : error.message;
}

export function ScenarioEditor({ scenarios, scenariosError, scenario, changes, catalogue, onScenario, onChanges }: Props) {
  const id = useId();
  const [type, setType] = useState<ScenarioChangeType>('WITHDRAW');
  const [state, setState] = useState('');
  const [bloc, setBloc] = useState('');
  const [code, setCode] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [defence, setDefence] = useState(true);
  const needs = CHANGE_TYPES.find((t) => t.type === type)!.needs;
  const stored = scenarios?.find((s) => s.id === scenario);
  const formCode = code
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, '_');
  const ready =
    type === 'FORM'
      ? formCode.length > 0 && members.length >= 2
      : (!needs.state || needs.state === 'optional' || state) && (!needs.bloc || needs.bloc === 'optional' || bloc);

  const add = () => {
    const change: ScenarioChangeInput = { type };
    if (type === 'FORM') Object.assign(change, { code: formCode, states: members, mutualDefence: defence });
    if (needs.state && state) change.state = state;
    if (needs.bloc && bloc) change.bloc = bloc;
    onChanges([...changes, change]);
  };

  return (
    <div className="scenario-editor">
      <label className="field">
        <span className="field-label">Scenario</span>
        <select value={scenario ?? ''} onChange={(event) => onScenario(event.target.value || undefined)} data-testid="scenario-select">
          <option value="">None: the graph as it is</option>
          {(scenarios ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {scenariosError ? (
        <p className="field-note" role="status">
          The stored scenarios could not be listed ({describe(scenariosError)}); your own changes below still work.
        </p>
      ) : scenarios && scenarios.length === 0 ? (
        <p className="field-note">No stored scenarios in the graph yet: build your own below.</p>
      ) : null}
      {stored ? (
        <div className="scenario-about">
          <p>{stored.description}</p>
          <p className="chips">
            {stored.changes.map((c) => (
              <span key={c.text} className="chip chip-change">
                {c.text}
              </span>
            ))}
          </p>
        </div>
      ) : null}
      <details className="own-changes" open={changes.length > 0}>
        <summary>Your own changes{changes.length > 0 ? ` (${changes.length})` : ''}</summary>
        {changes.length > 0 ? (
          <ul className="change-list" data-testid="own-changes">
            {changes.map((change, index) => (
              <li key={index}>
                <code>{changeText(change)}</code>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${changeText(change)}`}
                  onClick={() => onChanges(changes.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="change-form">
          <label className="field">
            <span className="field-label">Change</span>
            <select
              id={`${id}-type`}
              value={type}
              onChange={(event) => setType(event.target.value as ScenarioChangeType)}
              data-testid="change-type"
            >
              {CHANGE_TYPES.map((t) => (
                <option key={t.type} value={t.type}>
                  {t.type.replace('_', ' ').toLowerCase()}
                </option>
              ))}
            </select>
          </label>
          {needs.state ? (
            <label className="field">
              <span className="field-label">State</span>
              <select value={state} onChange={(event) => setState(event.target.value)} data-testid="change-state">
                <option value="">Choose…</option>
                <StateOptions states={catalogue?.states} />
              </select>
            </label>
          ) : null}
          {needs.bloc ? (
            <label className="field">
              <span className="field-label">{needs.bloc === 'optional' ? 'From' : 'Bloc'}</span>
              <select value={bloc} onChange={(event) => setBloc(event.target.value)} data-testid="change-bloc">
                <option value="">{needs.bloc === 'optional' ? 'Every commitment' : 'Choose…'}</option>
                {(catalogue?.blocs ?? []).map((b) => (
                  <option key={b.code} value={b.code}>
                    {b.code} — {b.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {type === 'FORM' ? (
            <>
              <label className="field">
                <span className="field-label">Code of the new bloc</span>
                <input
                  type="text"
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                  placeholder="e.g. JPN_AUS"
                  data-testid="change-code"
                />
              </label>
              <label className="check form-defence">
                <input type="checkbox" checked={defence} onChange={(event) => setDefence(event.target.checked)} />
                Mutual defence
              </label>
              <label className="field form-states">
                <span className="field-label">Its states (two or more; Ctrl or ⌘ to pick several)</span>
                <select
                  multiple
                  size={5}
                  value={members}
                  onChange={(event) => setMembers(Array.from(event.target.selectedOptions, (o) => o.value))}
                  data-testid="change-states"
                >
                  <StateOptions states={catalogue?.states} />
                </select>
              </label>
            </>
          ) : null}
          <button type="button" className="button" onClick={add} disabled={!ready} data-testid="change-add">
            Add
          </button>
        </div>
      </details>
    </div>
  );
}
