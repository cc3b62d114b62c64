/** Errors, loading and empty states in words: the dashboard never shows a blank area without saying why. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';

const TITLE: Record<string, string> = {
  offline: 'The server cannot be reached',
  unavailable: 'The graph database is unavailable',
  input: 'Please check your input',
  server: 'The server could not answer',
};

export function ErrorNotice({ error, onRetry, context }: { error: Error; onRetry?: () => void; context?: string }) {
  const kind = error instanceof ApiError ? error.kind : 'server';
  const detail = error instanceof ApiError ? error.detail : undefined;
  return (
    <div className={`notice notice-error notice-${kind}`} role="alert" data-error-kind={kind}>
      <p className="notice-title">
        {TITLE[kind]}
        {context ? <span className="notice-context"> — {context}</span> : null}
      </p>
      <p className="notice-message">{error.message}</p>
      {detail && detail !== error.message && kind !== 'input' ? <p className="notice-detail">Server said: {detail}</p> : null}
      {onRetry && kind !== 'input' ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="notice notice-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="notice notice-empty">{children}</p>;
}
