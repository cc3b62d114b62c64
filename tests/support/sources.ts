/** The register of sources (data/sources.csv): what a `seed:` or other source id in the graph refers to. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../src/config/config.js';

export interface SourceEntry {
  id: string;
  title: string;
  authors: string;
  publisher: string;
  published: string;
  published_precision: string;
  url: string;
  note: string;
}

export function readSources(): SourceEntry[] {
  const text = fs.readFileSync(path.join(projectRoot, 'data', 'sources.csv'), 'utf8');
  return parse<SourceEntry>(text, { columns: true, skip_empty_lines: true, trim: true });
}

/** The ids of the seed articles in the register, without the `seed:` prefix. */
export const seedIds = (): Set<string> =>
  new Set(
    readSources()
      .filter((s) => s.id.startsWith('seed:'))
      .map((s) => s.id.slice('seed:'.length)),
  );
