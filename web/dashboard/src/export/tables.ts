/**
 * The dashboard's tables as CSV: the exposure ranking of the map and the bloc table. The columns are those of the
 * API's files (`GET /export/exposure.csv`, `GET /export/blocs.csv`, src/server/exports.ts), so a download and the
 * API's file for the same question are the same file.
 */
import type { CatalogueQuery, ExposureQuery } from '../__generated__/operations.js';
import { toCsv, type CsvValue } from './csv.js';

type Report = ExposureQuery['exposure'];

/** A reason as one cell's part: `GUARANTEE_LOST +0.2: Loses …`. */
const reasonText = (r: { kind: string; text: string; weight: number }) => `${r.kind} ${r.weight > 0 ? '+' : ''}${r.weight}: ${r.text}`;

/** One row per exposed state, most exposed first, every reason in one cell; under a scenario, its baseline and change. */
export function exposureCsv(report: Report, underScenario: boolean): string {
  const deltas = new Map(report.deltas.map((d) => [d.state.id, d]));
  const header = ['rank', 'state_id', 'state_name', 'level', 'score', 'reasons'];
  if (underScenario) header.push('baseline_level', 'baseline_score', 'change');
  const rows = report.entries.map((e, i) => {
    const row: CsvValue[] = [i + 1, e.state.id, e.state.name, e.level, e.score, e.reasons.map(reasonText).join('; ')];
    const d = deltas.get(e.state.id);
    if (underScenario) row.push(d?.baselineLevel, d?.baselineScore, d?.change);
    return row;
  });
  return toCsv(header, rows);
}

/** The blocs as the table lists them (filtered and sorted): members today, and whether they are bound to mutual defence. */
export function blocsCsv(blocs: readonly CatalogueQuery['blocs'][number][]): string {
  const header = ['code', 'name', 'kind', 'founded', 'dissolved', 'members', 'mutual_defence', 'defence_clause'];
  return toCsv(
    header,
    blocs.map((b) => [b.code, b.name, b.kind, b.founded, b.dissolved, b.members.length, b.mutualDefence, b.defenceClause]),
  );
}
