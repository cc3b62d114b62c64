/**
 * Limits on what one GraphQL operation may ask for, enforced during validation (before any Cypher runs) by
 * graphql-armor. The numbers let every query of the README, the playground and the dashboard through with room
 * to spare (tests/integration/hostileInput.test.ts runs them) and reject the abusive shapes: deep nesting,
 * alias bombs, huge documents, directive floods. Batched HTTP requests stay off (Apollo's default).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationRule } from 'graphql';

export const QUERY_LIMITS = {
  /** Field nesting: exposure { entries { reasons { bloc { members { state { name }}}}}} is 7. */
  maxDepth: 10,
  /** Aliases per operation: a dashboard may compare a few dates or blocs side by side. */
  maxAliases: 20,
  /** Directives per operation (@include/@skip). */
  maxDirectives: 20,
  /** Lexical tokens per document: the largest legitimate query is a few hundred. */
  maxTokens: 3000,
  /** graphql-armor's static cost (objects 2, scalars 1, ×1.5 per level of depth). */
  maxCost: 20_000,
} as const;

export function queryLimitProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // armor's token limit re-parses the document in a plugin, which turns every syntax error into a 500;
    // the same limit is a validation rule here instead (maxTokensRule below).
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // Field suggestions stay on: introspection is on too (the playground needs it), so they reveal nothing new.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return { ...protection, validationRules: [...protection.validationRules, maxTokensRule(QUERY_LIMITS.maxTokens)] };
}

/** Rejects documents of more than `max` lexical tokens (walking the token list the parser already built). */
export function maxTokensRule(max: number): ValidationRule {
  return (context) => {
    let count = 0;
    for (let token = context.getDocument().loc?.startToken; token && token.kind !== '<EOF>'; token = token.next ?? undefined) {
      if (++count > max) {
        context.reportError(new GraphQLError(`Token limit of ${max} exceeded`));
        break;
      }
    }
    return {};
  };
}
