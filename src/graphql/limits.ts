/**
 * Limits on what one GraphQL operation may ask for, all enforced before any Cypher runs: the parser's own token
 * limit (so a huge or deeply bracketed document is refused while parsing), graphql-armor's validation rules (depth,
 * aliases, directives), and the list-aware cost with the variables (cost.ts). While it runs, an operation that
 * resolves more fields than MAX_RESOLVED_FIELDS is stopped (a net under the cost estimate). The numbers let every
 * query of the README, the playground, the dashboard and the CLI through with room to spare
 * (tests/integration/hostileInput.test.ts runs them). Batched HTTP requests stay off (Apollo's default).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { costLimitPlugin, MAX_COST } from './cost.js';

export const QUERY_LIMITS = {
  /** Field nesting: exposure { entries { reasons { bloc { members { state { name }}}}}} is 7. */
  maxDepth: 10,
  /** Aliases per operation: a dashboard may compare a few dates or blocs side by side. */
  maxAliases: 20,
  /** Directives per operation (@include/@skip). */
  maxDirectives: 20,
  /** Lexical tokens per document: the largest legitimate query is a few hundred. */
  maxTokens: 3000,
  /** The list-aware cost of one operation with its variables (cost.ts). */
  maxCost: MAX_COST,
  /** Fields one operation may resolve while it runs (the catalogue of the dashboard resolves about 15,000). */
  maxResolvedFields: 200_000,
} as const;

export function queryLimitProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // The parser enforces the token limit itself (parseOptions below), before building any tree.
    maxTokens: { enabled: false },
    // armor's cost counts a list like one object; cost.ts counts its items.
    costLimit: { enabled: false },
    // Field suggestions stay on: introspection is on too (the playground needs it), so they reveal nothing new.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return {
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<object>[]),
      costLimitPlugin(QUERY_LIMITS.maxCost),
      resolvedFieldsGuard(QUERY_LIMITS.maxResolvedFields),
    ],
  };
}

/**
 * Stops an operation that resolves more than `max` fields: each field past the limit fails with RESULT_TOO_LARGE,
 * and since the API's lists are of non-null items the failure ends the whole list, so the work stops there.
 */
export function resolvedFieldsGuard<T extends object>(max: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          let resolved = 0;
          return {
            willResolveField() {
              if (++resolved > max) {
                throw new GraphQLError(
                  `The answer would hold more than ${max.toLocaleString('en')} fields; ask for fewer nested lists or split the request`,
                  {
                    extensions: { code: 'RESULT_TOO_LARGE', maxResolvedFields: max },
                  },
                );
              }
            },
          };
        },
      };
    },
  };
}
