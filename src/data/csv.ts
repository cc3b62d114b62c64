/** Reading the fact tables: CSV with a header row, each record with the file and line it starts on. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Row, TableSpec } from './tables.js';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** Reads a table; a missing or unexpected column is a problem on line 1, not an exception. */
export function readTable(root: string, spec: TableSpec, problems: Problem[]): Row[] {
  const full = path.join(root, spec.file);
  if (!fs.existsSync(full)) {
    problems.push({ file: spec.file, line: 0, message: 'file missing' });
    return [];
  }
  const records = parse(fs.readFileSync(full, 'utf8'), {
    columns: false,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>; // csv-parse types omit the `info` form
  const [head, ...body] = records;
  if (!head) return [];
  const header = head.record.map((h) => h.trim());
  const expected = spec.columns.map((c) => c.name);
  const missing = expected.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !expected.includes(c));
  if (missing.length) problems.push({ file: spec.file, line: 1, message: `missing column(s): ${missing.join(', ')}` });
  if (unknown.length) problems.push({ file: spec.file, line: 1, message: `unknown column(s): ${unknown.join(', ')}` });
  let start = head.info.lines + 1;
  const rows: Row[] = [];
  for (const { record, info } of body) {
    const line = start;
    start = info.lines + 1;
    if (record.length !== header.length) {
      problems.push({ file: spec.file, line, message: `${record.length} fields, the header has ${header.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => {
      values[h] = (record[i] ?? '').trim();
    });
    rows.push({ file: spec.file, line, values });
  }
  return rows;
}
