/** Form pieces the views share: the list of states as options, and the "as of" date field. */
import { useState, type ReactNode } from 'react';
import { today } from '../model.js';

/** One <option> per state, by name, valued by id. */
export function StateOptions({ states }: { states: readonly { id: string; name: string }[] | undefined }) {
  return (
    <>
      {(states ?? []).map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </>
  );
}

/**
 * The "as of" date, typed as YYYY-MM-DD and applied on Enter or when the field loses focus (not on every key, so
 * a half-typed date never reaches the API). Today is applied as no date at all, so links stay "as of today".
 * `children` (a Today button) sits beside the input.
 */
export function DateField({
  asOf,
  onChange,
  testId,
  helpId,
  children,
}: {
  asOf: string | undefined;
  onChange: (asOf: string | undefined) => void;
  testId: string;
  helpId: string;
  children?: ReactNode;
}) {
  const [date, setDate] = useState(asOf ?? today());
  // A new date from outside (a link, Today, the slider) replaces what was typed: adjusted while rendering, not in an effect.
  const [shownAsOf, setShownAsOf] = useState(asOf);
  if (asOf !== shownAsOf) {
    setShownAsOf(asOf);
    setDate(asOf ?? today());
  }
  const commit = () => {
    const value = date.trim();
    if (value === (asOf ?? today())) return;
    onChange(value === today() ? undefined : value);
  };
  const input = (
    <input
      type="text"
      inputMode="numeric"
      placeholder="YYYY-MM-DD"
      value={date}
      onChange={(event) => setDate(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      aria-describedby={helpId}
      data-testid={testId}
    />
  );
  return (
    <label className="field field-date">
      <span className="field-label">As of</span>
      {children ? (
        <span className="date-row">
          {input}
          {children}
        </span>
      ) : (
        input
      )}
      <span id={helpId} className="visually-hidden">
        A date as YYYY-MM-DD; press Enter to apply.
      </span>
    </label>
  );
}
