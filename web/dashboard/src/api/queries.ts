/**
 * Every GraphQL operation the dashboard sends. `npm run codegen` reads the strings marked GraphQL and writes
 * their result and variable types to ../__generated__/operations.ts; `operation<Result, Variables>` ties each
 * string to them, so `request()` is typed end to end.
 */
import type * as G from '../__generated__/operations.js';
import { operation } from './client.js';

/**
 * The states that existed on a past day, for the map as of that day: former states (the Soviet Union, East Germany…)
 * come with `shapes`, today's states whose shapes cover their territory, and are drawn on them.
 */
export const STATES_AS_OF = operation<G.StatesAsOfQuery, G.StatesAsOfQueryVariables>(/* GraphQL */ `
  query StatesAsOf($asOf: Date!) {
    states(asOf: $asOf) {
      id
      name
      region
      lat
      lng
      since
      until
      shapes
    }
  }
`);

/** What every view needs once: the states (names, centres for the map's small states) and the blocs. */
export const CATALOGUE = operation<G.CatalogueQuery, G.CatalogueQueryVariables>(/* GraphQL */ `
  query Catalogue {
    states {
      id
      name
      region
      lat
      lng
      nuclearArmed
    }
    blocs {
      code
      name
      kind
      founded
      dissolved
      mutualDefence
      defenceClause
      members(status: [MEMBER]) {
        state {
          id
        }
      }
    }
  }
`);

/** The stored what-if scenarios (asked apart from the catalogue: a failure here leaves the rest usable). */
export const SCENARIOS = operation<G.ScenariosQuery, G.ScenariosQueryVariables>(/* GraphQL */ `
  query Scenarios {
    scenarios {
      id
      name
      description
      source
      changes {
        text
      }
    }
  }
`);

/** The blocs a state belongs to on a date: the choices for "withdraws from". */
export const MEMBERSHIPS = operation<G.MembershipsQuery, G.MembershipsQueryVariables>(/* GraphQL */ `
  query Memberships($id: ID!, $asOf: Date) {
    state(id: $id) {
      id
      name
      memberships(asOf: $asOf) {
        status
        bloc {
          code
          name
          kind
          mutualDefence(asOf: $asOf)
        }
      }
    }
  }
`);

/** The exposure map: who loses how much if `withdrawing` leaves, why, and (under a scenario) what changed. */
export const EXPOSURE = operation<G.ExposureQuery, G.ExposureQueryVariables>(/* GraphQL */ `
  query Exposure($withdrawing: ID!, $from: [ID!], $asOf: Date, $scenario: ScenarioInput) {
    exposure(withdrawing: $withdrawing, from: $from, asOf: $asOf, scenario: $scenario) {
      withdrawing {
        id
        name
      }
      from {
        code
      }
      asOf
      scenario
      entries {
        state {
          id
          name
        }
        score
        level
        reasons {
          ...Reason
        }
      }
      deltas {
        state {
          id
          name
        }
        baselineScore
        score
        change
        baselineLevel
        level
        reasonsGained {
          ...Reason
        }
        reasonsLost {
          ...Reason
        }
      }
    }
  }

  fragment Reason on ExposureReason {
    kind
    text
    weight
    edge
    bloc {
      code
      name
    }
    counterpart {
      id
      name
    }
  }
`);

/**
 * The threat, nuclear-umbrella and forces edges as the graph view draws them, both ends named. Passed to the
 * operations that spread them (a request must carry its fragments); codegen reads them from here.
 */
const TIE_FRAGMENTS = /* GraphQL */ `
  fragment TieState on State {
    id
    name
  }

  fragment Threat on ThreatPerception {
    state {
      ...TieState
    }
    threat {
      ...TieState
    }
    level
    source
    note
  }

  fragment Umbrella on Deterrence {
    guarantor {
      ...TieState
    }
    protected {
      ...TieState
    }
    via {
      code
    }
    since
    source
    note
  }

  fragment Forces on ForcesStationed {
    host {
      ...TieState
    }
    foreign {
      ...TieState
    }
    since
    source
    note
  }
`;

/**
 * The alliance graph around a bloc on a date: its members (with the threat, umbrella and forces edges touching
 * them) and the other mutual-defence blocs they share, with their members. Asked per bloc, so its size follows the
 * bloc, not the hundreds of alliances in the graph.
 */
export const BLOC_GRAPH = operation<G.BlocGraphQuery, G.BlocGraphQueryVariables>(
  /* GraphQL */ `
    query BlocGraph($code: ID!, $asOf: Date) {
      bloc(code: $code) {
        code
        name
        kind
        founded
        dissolved
        mutualDefence(asOf: $asOf)
        defenceClause
        members(asOf: $asOf) {
          status
          since
          until
          role
          note
          state {
            id
            name
            nuclearArmed(asOf: $asOf)
            threats(asOf: $asOf) {
              ...Threat
            }
            perceivedAsThreatBy(asOf: $asOf) {
              ...Threat
            }
            umbrellas(asOf: $asOf) {
              ...Umbrella
            }
            extendsDeterrenceTo(asOf: $asOf) {
              ...Umbrella
            }
            forcesHosted(asOf: $asOf) {
              ...Forces
            }
            forcesAbroad(asOf: $asOf) {
              ...Forces
            }
          }
        }
        around(asOf: $asOf) {
          code
          name
          kind
          founded
          dissolved
          mutualDefence(asOf: $asOf)
          defenceClause
          members(asOf: $asOf) {
            status
            state {
              id
              name
              nuclearArmed(asOf: $asOf)
            }
          }
        }
      }
    }
  `,
  TIE_FRAGMENTS,
);

/**
 * The alliance graph around a state: its memberships by status, the allies each defence tie binds it to, and the
 * threat, umbrella and forces edges in both directions.
 */
export const STATE_GRAPH = operation<G.StateGraphQuery, G.StateGraphQueryVariables>(
  /* GraphQL */ `
    query StateGraph($id: ID!, $asOf: Date) {
      state(id: $id) {
        id
        name
        region
        nuclearArmed(asOf: $asOf)
        milexUsdBn(asOf: $asOf)
        milexYear(asOf: $asOf)
        memberships(asOf: $asOf) {
          status
          since
          role
          bloc {
            code
            name
            kind
            mutualDefence(asOf: $asOf)
          }
        }
        allies(asOf: $asOf) {
          state {
            id
            name
          }
          via {
            code
          }
        }
        threats(asOf: $asOf) {
          ...Threat
        }
        perceivedAsThreatBy(asOf: $asOf) {
          ...Threat
        }
        umbrellas(asOf: $asOf) {
          ...Umbrella
        }
        extendsDeterrenceTo(asOf: $asOf) {
          ...Umbrella
        }
        forcesHosted(asOf: $asOf) {
          ...Forces
        }
        forcesAbroad(asOf: $asOf) {
          ...Forces
        }
      }
    }
  `,
  TIE_FRAGMENTS,
);
