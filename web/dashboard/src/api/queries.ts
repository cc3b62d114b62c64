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
 * The first coloured map, and nothing more: the states of the map's day (ids and names, the small states' centres, a
 * former state's shapes) and each exposed state's level and score, without the reasons (EXPOSURE, asked after the
 * first paint, brings them: they are most of its bytes). main.ts asks it before React has loaded.
 */
export const FIRST_MAP = operation<G.FirstMapQuery, G.FirstMapQueryVariables>(/* GraphQL */ `
  query FirstMap($withdrawing: ID!, $from: [ID!], $asOf: Date, $scenario: ScenarioInput) {
    states(asOf: $asOf) {
      id
      name
      lat
      lng
      shapes
    }
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
      }
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

/**
 * One state's exposure to a withdrawal through time (the map's state panel): a point each 1 January and on every day
 * a tie between the two states changed (TIE_CHANGED), each with its reasons.
 */
export const EXPOSURE_TIMELINE = operation<G.ExposureTimelineQuery, G.ExposureTimelineQueryVariables>(/* GraphQL */ `
  query ExposureTimeline($withdrawing: ID!, $id: ID!, $from: [ID!], $since: Date, $until: Date) {
    exposureTimeline(withdrawing: $withdrawing, state: $id, from: $from, since: $since, until: $until) {
      asOf
      kind
      score
      level
      reasons {
        kind
        text
        weight
      }
    }
  }
`);

/**
 * What changed: every membership that began, ended or changed status in a range, optionally one bloc's or state's.
 * The view always sends both dates; the defaults only let the operation be priced without them (hostileInput.test.ts).
 */
export const CHANGES = operation<G.ChangesQuery, G.ChangesQueryVariables>(/* GraphQL */ `
  query Changes($since: Date! = "1949-01-01", $until: Date! = "2030-12-31", $bloc: ID, $state: ID) {
    changes(since: $since, until: $until, bloc: $bloc, state: $state) {
      date
      datePrecision
      kind
      before
      after
      source
      state {
        id
        name
      }
      bloc {
        code
        name
      }
    }
  }
`);

/** A bloc's size through time (full members by default), for its chart in the bloc table. */
export const BLOC_SIZE = operation<G.BlocSizeQuery, G.BlocSizeQueryVariables>(/* GraphQL */ `
  query BlocSize($code: ID!, $until: Date) {
    bloc(code: $code) {
      code
      name
      founded
      dissolved
      sizeTimeline(until: $until) {
        asOf
        members
      }
    }
  }
`);

/**
 * The network of alliance ties on a date: the most central states (names here, so the other lists need only ids),
 * the articulation points and the Louvain communities.
 */
export const NETWORK = operation<G.NetworkQuery, G.NetworkQueryVariables>(/* GraphQL */ `
  query Network($asOf: Date, $obligations: [Obligation!]) {
    network(asOf: $asOf, obligations: $obligations) {
      asOf
      obligations
      centrality {
        state {
          id
          name
        }
        degree
        betweenness
      }
      articulationPoints {
        id
      }
      communities {
        id
      }
    }
  }
`);
