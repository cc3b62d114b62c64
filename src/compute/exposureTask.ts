/**
 * The exposure computation as a task for a worker thread: the same pure functions the API would call inline
 * (domain/exposure.ts, domain/diff.ts), on facts sent by value.
 */
import { diffExposure } from '../domain/diff.js';
import { computeExposure, type ExposureInput } from '../domain/exposure.js';
import type { GraphFacts } from '../domain/facts.js';

export interface ExposureTask {
  facts: GraphFacts;
  /** The facts without the scenario, when there is one: the deltas are measured against them. */
  baseline: GraphFacts | null;
  question: ExposureInput;
}

export type ExposureTaskResult = { entries: ReturnType<typeof computeExposure>; deltas: ReturnType<typeof diffExposure> };

export function runExposureTask({ facts, baseline, question }: ExposureTask): ExposureTaskResult {
  const entries = computeExposure(facts, question, baseline ?? undefined);
  const deltas = baseline ? diffExposure(computeExposure(baseline, question), entries) : [];
  return { entries, deltas };
}

export default runExposureTask;
