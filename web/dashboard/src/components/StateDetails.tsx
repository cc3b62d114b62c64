/** One state's exposure explained: its score, each reason with its weight, and what a scenario changed. */
import { useEffect, useRef, type ReactNode } from 'react';
import type { ExposureQuery, ReasonFragment } from '../__generated__/operations.js';
import { LEVEL_COLOUR, LEVEL_LABEL, formatScore, formatWeight, reasonLabel, theName } from '../model.js';
import { hrefFor } from '../router.js';
import { LevelBadge } from './LevelBadge.js';

type Entry = ExposureQuery['exposure']['entries'][number];
type Delta = ExposureQuery['exposure']['deltas'][number];

interface Props {
  id: string;
  name: string;
  entry: Entry | undefined;
  delta: Delta | undefined;
  withdrawing: { id: string; name: string };
  question: string;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** More about the state, under its reasons (the map puts its exposure through time here). */
  children?: ReactNode;
}

export function StateDetails({ id, name, entry, delta, withdrawing, question, onSelect, onClose, children }: Props) {
  const headingId = `details-${id}`;
  const box = useRef<HTMLElement>(null);
  // In one column (narrow screens) the details sit under the map: bring them into view when a state is picked.
  useEffect(() => {
    if (window.matchMedia('(max-width: 1080px)').matches) box.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [id]);
  return (
    <section className="details card" aria-labelledby={headingId} data-testid="state-details" data-state={id} ref={box}>
      <header className="details-head">
        <h2 id={headingId}>{name}</h2>
        {entry ? <LevelBadge level={entry.level} /> : null}
        <button type="button" className="icon-button" onClick={onClose} aria-label={`Close the details of ${name}`}>
          ×
        </button>
      </header>
      {id === withdrawing.id ? (
        <p className="muted">{name} is the withdrawing state: the map shows what the others lose.</p>
      ) : !entry ? (
        <p className="muted">
          {name} loses nothing {question}: it has no defence tie, umbrella or forces that run through {theName(withdrawing.name)}.
        </p>
      ) : (
        <>
          <div className="score-line">
            <span className="score-number">{formatScore(entry.score)}</span>
            <span className="score-scale">exposure score, 0 (nothing lost) to 1</span>
            <span className="score-track" aria-hidden="true">
              <span className="score-fill" style={{ width: `${Math.round(entry.score * 100)}%`, background: LEVEL_COLOUR[entry.level] }} />
            </span>
          </div>
          {delta ? <DeltaSummary delta={delta} /> : null}
          <h3 className="section-title">Why it is exposed</h3>
          <Reasons reasons={entry.reasons} onSelect={onSelect} />
          <p className="footnote">The weights add up to the score. Losses count up, what remains counts down.</p>
        </>
      )}
      {!entry && delta ? <DeltaSummary delta={delta} /> : null}
      {children}
    </section>
  );
}

function DeltaSummary({ delta }: { delta: Delta }) {
  const up = delta.change > 0;
  return (
    <div className={`delta-box ${up ? 'is-up' : 'is-down'}`}>
      <p>
        <strong>Under the scenario</strong>: {LEVEL_LABEL[delta.baselineLevel]} {formatScore(delta.baselineScore)} →{' '}
        <strong>
          {LEVEL_LABEL[delta.level]} {formatScore(delta.score)}
        </strong>{' '}
        <span className="delta-change">({formatWeight(delta.change)})</span>
      </p>
      {delta.reasonsGained.length > 0 ? (
        <>
          <p className="delta-title">New reasons</p>
          <ul className="plain-list">
            {delta.reasonsGained.map((reason, index) => (
              <li key={index}>{reason.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {delta.reasonsLost.length > 0 ? (
        <>
          <p className="delta-title">Reasons that no longer apply</p>
          <ul className="plain-list">
            {delta.reasonsLost.map((reason, index) => (
              <li key={index}>{reason.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function Reasons({ reasons, onSelect }: { reasons: readonly ReasonFragment[]; onSelect: (id: string) => void }) {
  const sorted = [...reasons].sort((a, b) => b.weight - a.weight);
  const largest = Math.max(0.0001, ...sorted.map((r) => Math.abs(r.weight)));
  return (
    <ol className="reasons" data-testid="reasons">
      {sorted.map((reason, index) => (
        <li key={index} className={`reason ${reason.weight >= 0 ? 'is-loss' : 'is-offset'}`} data-kind={reason.kind}>
          <div className="reason-head">
            <span className="reason-kind">{reasonLabel(reason.kind)}</span>
            <span className="reason-bar" aria-hidden="true">
              <span style={{ width: `${(Math.abs(reason.weight) / largest) * 100}%` }} />
            </span>
            <span className="reason-weight">{formatWeight(reason.weight)}</span>
          </div>
          <p className="reason-text">{reason.text}</p>
          {reason.bloc || reason.counterpart ? (
            <p className="reason-links">
              {reason.bloc ? (
                <a
                  className="chip"
                  href={hrefFor('graph', { bloc: reason.bloc.code })}
                  title={`See ${reason.bloc.name} in the alliance graph`}
                >
                  {reason.bloc.code}
                </a>
              ) : null}
              {reason.counterpart ? (
                <button
                  type="button"
                  className="chip chip-state"
                  onClick={() => onSelect(reason.counterpart!.id)}
                  title={`Show ${reason.counterpart.name} on the map`}
                >
                  {reason.counterpart.name}
                </button>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
