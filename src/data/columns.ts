/** Column-level checks: a value against its declared type. Returns a message, or null when the value is fine. */
import { PRECISIONS, type Column } from './tables.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export interface Lookups {
  states: Set<string>;
  blocs: Set<string>;
  sources: Set<string>;
}

export function checkValue(column: Column, value: string, lookups: Lookups): string | null {
  if (value === '') return column.required ? `${column.name} is required` : null;
  const t = column.type;
  switch (t.kind) {
    case 'text':
      return null;
    case 'id':
      return /^[A-Z][A-Z0-9_]*$/.test(value) ? null : `${column.name} "${value}" is not an upper-case code`;
    case 'state':
      return lookups.states.has(value) ? null : `${column.name} "${value}" is not a state id`;
    case 'bloc':
      return lookups.blocs.has(value) ? null : `${column.name} "${value}" is not a bloc code`;
    case 'source':
      return lookups.sources.has(value) ? null : `${column.name} "${value}" is not in the register (data/sources.csv)`;
    case 'date':
      return isIsoDate(value) ? null : `${column.name} "${value}" is not an ISO date YYYY-MM-DD`;
    case 'partialDate':
      return /^\d{4}(-\d{2})?$/.test(value) || isIsoDate(value) ? null : `${column.name} "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
    case 'precision':
      return (PRECISIONS as readonly string[]).includes(value) ? null : `${column.name} "${value}" is not one of ${PRECISIONS.join(', ')}`;
    case 'int':
      return /^-?\d+$/.test(value) ? null : `${column.name} "${value}" is not an integer`;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? null : `${column.name} "${value}" is not a number`;
    case 'url':
      return /^https?:\/\/[^\s]+$/.test(value) ? null : `${column.name} "${value}" is not an http(s) address`;
    case 'enum':
      return t.values.includes(value) ? null : `${column.name} "${value}" is not one of ${t.values.join(', ')}`;
    case 'list': {
      if (t.values.length === 0) return null; // checked by the caller (e.g. state ids)
      const bad = value
        .split(';')
        .map((v) => v.trim())
        .filter((v) => !t.values.includes(v));
      return bad.length ? `${column.name}: ${bad.join(', ')} not among ${t.values.join(', ')}` : null;
    }
  }
}
