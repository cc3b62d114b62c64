/**
 * "What changed": every membership that began, ended or changed status between two days (`changes`), optionally
 * one bloc's or one state's, oldest first, each with its day and source. The range and the filters live in the URL
 * (#/changes?since=2022-01-01&until=2024-12-31&bloc=NATO), like every view's settings.
 */
import { useState } from 'react';
import type { CatalogueQuery, MembershipChangeKind } from '../__generated__/operations.js';
import { CHANGES } from '../api/queries.js';
import { ApiError } from '../api/client.js';
import { useQuery } from '../api/useQuery.js';
import { StateOptions } from '../components/Fields.js';
import { Empty, ErrorNotice, Loading } from '../components/Notice.js';
import { DATE_SHAPE, STATUS_LABEL, formatDate, today } from '../model.js';
import { hrefFor, type Params } from '../router.js';

interface Props {
  params: URLSearchParams;
  update: (params: Params) => void;
  catalogue: CatalogueQuery | undefined;
}

export const CHANGE_LABEL: Record<MembershipChangeKind, string> = {
  JOINED: 'Joined',
  LEFT: 'Left',
  STATUS_CHANGED: 'Status changed',
};

/** The default range: the last three full years and this one. */
const defaultSince = () => `${Number(today().slice(0, 4)) - 3}-01-01`;

/** A day as precisely as it is known: '1999' for a year, 'Mar 1999' for a month, '12 Mar 1999' for a day. */
export function formatDay(date: string | null, precision: string | null): string {
  if (!date) return '—';
  const p = (precision ?? 'day').toLowerCase();
  if (p === 'year') return date.slice(0, 4);
  if (p === 'month') return formatDate(date).replace(/^\d+ /, '');
  return formatDate(date);
}

export function ChangesView({ params, update, catalogue }: Props) {
  const since = params.get('since') || defaultSince();
  const until = params.get('until') || today();
  const bloc = params.get('bloc')?.toUpperCase() || undefined;
  const state = params.get('state')?.toUpperCase() || undefined;
  const datesOk = DATE_SHAPE.test(since) && DATE_SHAPE.test(until);
  const ordered = datesOk && since <= until;
  const changes = useQuery(CHANGES, ordered ? { since, until, ...(bloc ? { bloc } : {}), ...(state ? { state } : {}) } : null);
  const rows = changes.stale ? undefined : changes.data?.changes;
  const blocName = bloc ? (catalogue?.blocs.find((b) => b.code === bloc)?.name ?? bloc) : undefined;
  const stateName = state ? (catalogue?.states.find((s) => s.id === state)?.name ?? state) : undefined;
  const question = `${[stateName, blocName].filter(Boolean).join(' in ') || 'Every membership'}, ${formatDate(since)} to ${formatDate(until)}`;

  return (
    <section className="card changes-view" aria-labelledby="changes-title" data-testid="changes-view">
      <div className="table-head">
        <h2 id="changes-title">What changed</h2>
        <div className="table-filters">
          <DayField label="Since" value={since} onChange={(value) => update({ since: value })} testId="changes-since" />
          <DayField
            label="Until"
            value={until}
            onChange={(value) => update({ until: value === today() ? undefined : value })}
            testId="changes-until"
          />
          <label className="field">
            <span className="field-label">Bloc</span>
            <select value={bloc ?? ''} onChange={(event) => update({ bloc: event.target.value || undefined })} data-testid="changes-bloc">
              <option value="">Every bloc</option>
              {/* Until the catalogue arrives (or for a code it lacks), the bloc of the URL stays chosen. */}
              {bloc && !catalogue?.blocs.some((b) => b.code === bloc) ? <option value={bloc}>{bloc}</option> : null}
              {(catalogue?.blocs ?? []).map((b) => (
                <option key={b.code} value={b.code}>
                  {b.code} — {b.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">State</span>
            <select
              value={state ?? ''}
              onChange={(event) => update({ state: event.target.value || undefined })}
              data-testid="changes-state"
            >
              <option value="">Every state</option>
              {state && !catalogue?.states.some((s) => s.id === state) ? <option value={state}>{state}</option> : null}
              <StateOptions states={catalogue?.states} />
            </select>
          </label>
        </div>
      </div>
      {!datesOk ? <ErrorNotice error={new ApiError('input', 'Both days must be dates written YYYY-MM-DD.')} /> : null}
      {datesOk && !ordered ? <ErrorNotice error={new ApiError('input', `“Since” (${since}) comes after “until” (${until}).`)} /> : null}
      {changes.error ? <ErrorNotice error={changes.error} onRetry={changes.retry} context="the changes" /> : null}
      {ordered && !rows && !changes.error ? <Loading>Loading what changed…</Loading> : null}
      {rows && rows.length === 0 ? <Empty>Nothing changed: {question}.</Empty> : null}
      {rows && rows.length > 0 ? (
        <>
          <p className="muted" data-testid="changes-count">
            {rows.length} {rows.length === 1 ? 'change' : 'changes'}: {question}.
          </p>
          <div className="table-scroll">
            <table className="bloc-table changes-table" data-testid="changes-table">
              <caption className="visually-hidden">Membership changes, {question}, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Change</th>
                  <th scope="col">State</th>
                  <th scope="col">Bloc</th>
                  <th scope="col">Before → after</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={index} data-kind={row.kind} data-state={row.state.id} data-bloc={row.bloc?.code} data-date={row.date ?? ''}>
                    <td className="nowrap">{formatDay(row.date, row.datePrecision)}</td>
                    <td>{CHANGE_LABEL[row.kind]}</td>
                    <th scope="row">
                      <a href={hrefFor('graph', { state: row.state.id, ...(row.date ? { asOf: row.date } : {}) })}>{row.state.name}</a>
                    </th>
                    <td>
                      {row.bloc ? (
                        <a href={hrefFor('graph', { bloc: row.bloc.code, ...(row.date ? { asOf: row.date } : {}) })} title={row.bloc.name}>
                          {row.bloc.code}
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="nowrap">
                      {row.before ? STATUS_LABEL[row.before] : <span className="muted">none</span>} →{' '}
                      {row.after ? STATUS_LABEL[row.after] : <span className="muted">none</span>}
                    </td>
                    <td className="source">{row.source ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <p className="footnote">
        Memberships of every status (members, partners, observers…). A bloc’s founding lists its first members as joining; its dissolution
        lists them as leaving. Sources are ids of the register (data/sources.csv).
      </p>
    </section>
  );
}

/** A day typed as YYYY-MM-DD, applied on Enter or when the field loses focus (never half-typed). */
function DayField({ label, value, onChange, testId }: { label: string; value: string; onChange: (value: string) => void; testId: string }) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const commit = () => {
    const typed = text.trim();
    if (typed !== value) onChange(typed);
  };
  return (
    <label className="field field-date">
      <span className="field-label">{label}</span>
      <input
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        aria-label={`${label}, a date as YYYY-MM-DD (press Enter to apply)`}
        data-testid={testId}
      />
    </label>
  );
}
