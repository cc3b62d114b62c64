/**
 * Errors of the domain layer that are the caller's fault. The API maps every DomainInputError to a GraphQL error
 * with extensions.code = BAD_USER_INPUT and the error's message, which always names the offending value.
 */

export class DomainInputError extends Error {
  /** The offending value, as given. */
  readonly value: string;
  /** The argument that carried it, e.g. `withdrawing`, `from` or `scenario` (the API reports it as extensions.argument). */
  readonly argument: string;

  constructor(message: string, value: string, argument: string) {
    super(message);
    this.name = new.target.name;
    this.value = value;
    this.argument = argument;
  }
}

/** An id or code that is not in the graph, e.g. `withdrawing: unknown state "XYZ"`. */
export class UnknownValueError extends DomainInputError {
  readonly kind: 'state' | 'bloc';

  constructor(kind: 'state' | 'bloc', value: string, argument: string) {
    super(`${argument}: unknown ${kind} "${value}"`, value, argument);
    this.kind = kind;
  }
}

/**
 * A scenario change that cannot be applied: unknown state or bloc, leaving a bloc one is not in, forming a code
 * that exists... The message names the change (its position and its written form) and the bad value, e.g.
 * `scenario change 2, WITHDRAW(USA, CSTO): USA is not a member of CSTO on 2025-06-01`.
 */
export class ScenarioError extends DomainInputError {
  /** The change in its written form, e.g. `WITHDRAW(USA, CSTO)`. */
  readonly change: string;
  /** 0-based position of the change in the list, when known. */
  readonly index: number | undefined;

  constructor(change: string, value: string, reason: string, index?: number) {
    super(`scenario change ${index === undefined ? '' : `${index + 1}, `}${change}: ${reason}`, value, 'scenario');
    this.change = change;
    this.index = index;
  }
}
