/**
 * The exposure computation as a task for a worker thread: the same pure functions the API would call inline
 * (domain/exposure.ts, domain/diff.ts), on facts sent by value.
 */
import { diffExposure } from '../domain/diff.js';
import { DomainInputError } from '../domain/errors.js';
import { computeExposure, type ExposureInput } from '../domain/exposure.js';
import type { GraphFacts } from '../domain/facts.js';

export interface ExposureTask {
  facts: GraphFacts;
  /** The facts without the scenario, when there is one: the deltas are measured against them. */
  baseline: GraphFacts | null;
  question: ExposureInput;
}

export type ExposureTaskResult = { entries: ReturnType<typeof computeExposure>; deltas: ReturnType<typeof diffExposure> };

/**
 * A thread hands back values, not classes: a client's mistake (an unknown state, a change that does not apply)
 * comes back as `inputError`, so the main thread can raise it as the same DomainInputError it would have raised.
 */
export type ExposureTaskOutcome = ExposureTaskResult | { inputError: { message: string; value: string; argument: string } };

export function runExposureTask({ facts, baseline, question }: ExposureTask): ExposureTaskOutcome {
  try {
    const entries = computeExposure(facts, question, baseline ?? undefined);
    const deltas = baseline ? diffExposure(computeExposure(baseline, question), entries) : [];
    return { entries, deltas };
  } catch (error) {
    if (error instanceof DomainInputError) return { inputError: { message: error.message, value: error.value, argument: error.argument } };
    throw error;
  }
}

export default runExposureTask;
