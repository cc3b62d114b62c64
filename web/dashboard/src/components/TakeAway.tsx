/**
 * "Take it with you": the buttons that download what a view shows (CSV, GraphML, JSON), and the links that open each
 * named Cypher query an answer came from in Neo4j Browser, its editor pre-filled with the query and its parameters.
 */
import type { ReactNode } from 'react';
import type { CypherQuery } from '../api/client.js';
import { downloadText } from '../export/download.js';

export interface Download {
  /** The button's words, e.g. "Download CSV". */
  label: string;
  /** Built when the button is pressed (the file is never built for nothing). */
  file: () => { name: string; type: string; text: string };
  testId: string;
  disabled?: boolean;
}

export function Downloads({ downloads, label, children }: { downloads: readonly Download[]; label: string; children?: ReactNode }) {
  return (
    <div className="downloads" role="group" aria-label={label}>
      {downloads.map((d) => (
        <button
          key={d.testId}
          type="button"
          className="button-quiet button-small"
          data-testid={d.testId}
          disabled={d.disabled}
          onClick={() => {
            const { name, type, text } = d.file();
            downloadText(name, type, text);
          }}
        >
          {d.label}
        </button>
      ))}
      {children}
    </div>
  );
}

const baseName = (file: string) => file.replace(/^.*\//, '');

/** One link per named query (the same query with the same parameters once), or nothing when the server gave none. */
export function CypherLinks({ queries, testId }: { queries: readonly CypherQuery[] | undefined; testId: string }) {
  const seen = new Set<string>();
  const linked = (queries ?? []).filter((q) => q.browserUrl && !seen.has(q.browserUrl) && seen.add(q.browserUrl));
  if (linked.length === 0) return null;
  return (
    <p className="cypher-links" data-testid={testId}>
      <span className="cypher-links-label">Open in Neo4j Browser:</span>{' '}
      {linked.map((q, i) => (
        <span key={q.browserUrl}>
          {i > 0 ? ' · ' : null}
          <a
            href={q.browserUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-file={q.file}
            title={`${q.file} with its parameters${q.cached ? ' (read earlier and cached by the server)' : ''}`}
          >
            {baseName(q.file)}
          </a>
        </span>
      ))}
    </p>
  );
}
