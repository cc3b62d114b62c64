/**
 * What one operation may cost, counting lists as lists. graphql-query-complexity walks the operation with its
 * variables; our estimator charges each field 1 plus its children, and a list field its children times the number
 * of items it can hold (LIST_SIZES: the most the graph holds today, with room to grow). A field that computes
 * (exposure, a scenario overlay, a path search, ad hoc Cypher) adds its own weight, once per time it can run.
 *
 * So `states { memberships { bloc { members { state { memberships … } } } } }` costs what it would return
 * (250 × 40 × 100 × 40 …), not what it reads like; the dashboard's, the README's and the CLI's queries fit within
 * MAX_COST with room to spare (tests/integration/hostileInput.test.ts prices every one of them).
 */
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  GraphQLError,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { pageSize } from './pagination.js';

/**
 * The budget of one operation. Costs are upper bounds (every list as full as it can be), so legitimate queries
 * cost far more than what they return: the dashboard's largest, the exposure report with its reasons and deltas,
 * costs about 155,000 and returns a few hundred objects. The fan-out attacks cost billions.
 */
export const MAX_COST = 500_000;

/** The most items each list field can hold, by `Type.field`; a list not named here counts as DEFAULT_LIST_SIZE. */
export const LIST_SIZES: Record<string, number> = {
  'Query.states': 250,
  'Query.blocs': 1000,
  'Query.path': 25,
  'Query.hedgers': 100,
  'Query.scenarios': 30,
  'Scenario.changes': 50,
  'ScenarioChange.states': 100,
  'State.memberships': 40,
  'State.successors': 20,
  'State.predecessors': 5,
  'State.shapes': 20,
  'State.allies': 100,
  'State.threats': 20,
  'State.perceivedAsThreatBy': 20,
  'State.umbrellas': 10,
  'State.extendsDeterrenceTo': 60,
  'State.forcesHosted': 20,
  'State.forcesAbroad': 60,
  'Bloc.obligations': 5,
  'Membership.obligations': 5,
  'Bloc.members': 100,
  'Bloc.around': 100,
  'Bloc.memberChanges': 100,
  'Ally.via': 10,
  'ExposureReport.from': 40,
  'ExposureReport.scenario': 50,
  'ExposureReport.entries': 250,
  'ExposureReport.deltas': 250,
  'ExposureDelta.reasonsGained': 20,
  'ExposureDelta.reasonsLost': 20,
  'Exposure.reasons': 20,
  'AlliancePath.steps': 4,
  'BlocOverlap.states': 100,
  'Hedger.campA': 10,
  'Hedger.campB': 10,
  'CypherResult.columns': 50,
  'CypherResult.rows': 1000,
  // 1949 to today, a point a year, plus the days the two states' ties changed.
  'Query.exposureTimeline': 200,
  'ExposurePoint.reasons': 20,
  // Every membership that began or ended in the range: the whole history holds a few thousand.
  'Query.changes': 5000,
  'Bloc.sizeTimeline': 300,
  'AllianceNetwork.obligations': 5,
  'AllianceNetwork.centrality': 250,
  'AllianceNetwork.articulationPoints': 250,
  // Nested lists multiply (50 × 50): the communities hold at most the 250 tied states between them, and Louvain
  // finds a few dozen at most on this graph; the run-time guard on resolved fields catches anything beyond.
  'AllianceNetwork.communities': 50,
  // Every pair of tied states; today's defence network holds a few thousand.
  'AllianceNetwork.ties': 10_000,
  'NetworkTie.blocs': 20,
};
export const DEFAULT_LIST_SIZE = 100;

/** Work a field does itself, beyond returning what it reads: each time it can run. */
export const FIELD_WEIGHTS: Record<string, number> = {
  'Query.exposure': 500,
  'Query.path': 300,
  'Query.hedgers': 100,
  'Query.blocOverlap': 50,
  'Query.cypher': 1000,
  'Query.exposureTimeline': 2000,
  'Query.network': 2000,
  'Query.scenarioCost': 1000,
  'Query.changes': 100,
  'Query.changesConnection': 100,
};
/** A field given a scenario computes the overlay for it. */
export const SCENARIO_WEIGHT = 500;

/**
 * Bounds on the values of arguments, literals and variables alike (the estimator sees them coerced): no list
 * longer than MAX_ARGUMENT_LIST anywhere in an argument, a scenario of at most MAX_SCENARIO_CHANGES changes and
 * MAX_FORM_STATES states in one FORM, and the ad hoc `params` JSON at most MAX_PARAMS_DEPTH deep and
 * MAX_PARAMS_VALUES values in all.
 */
export const ARGUMENT_LIMITS = {
  maxArgumentList: 100,
  maxScenarioChanges: 50,
  maxFormStates: 100,
  maxParamsDepth: 5,
  maxParamsValues: 1000,
} as const;

function badArgument(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argument, http: { status: 400 } } });
}

function checkLists(value: unknown, where: string): void {
  if (Array.isArray(value)) {
    if (value.length > ARGUMENT_LIMITS.maxArgumentList) {
      throw badArgument(`${where}: ${value.length} items, more than the ${ARGUMENT_LIMITS.maxArgumentList} allowed in one list`, where);
    }
    value.forEach((v, i) => checkLists(v, `${where}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkLists(v, `${where}.${k}`);
  }
}

/** Depth and number of values of a JSON value, stopping as soon as either bound is crossed. */
function checkJson(value: unknown, where: string): void {
  let values = 0;
  const walk = (v: unknown, depth: number) => {
    if (++values > ARGUMENT_LIMITS.maxParamsValues)
      throw badArgument(`${where}: more than ${ARGUMENT_LIMITS.maxParamsValues} values`, where);
    if (v === null || typeof v !== 'object') return;
    if (depth >= ARGUMENT_LIMITS.maxParamsDepth)
      throw badArgument(`${where}: nested deeper than ${ARGUMENT_LIMITS.maxParamsDepth} levels`, where);
    for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child, depth + 1);
  };
  walk(value, 0);
}

function checkArguments(field: string, args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    const where = `${field}(${name})`;
    if (name === 'params') {
      checkJson(value, where);
      continue;
    }
    checkLists(value, where);
    if (name === 'scenario' && value && typeof value === 'object') {
      const changes = (value as { changes?: { type?: string; states?: unknown[] }[] | null }).changes ?? [];
      if (changes.length > ARGUMENT_LIMITS.maxScenarioChanges) {
        throw badArgument(
          `${where}: ${changes.length} changes, more than the ${ARGUMENT_LIMITS.maxScenarioChanges} allowed in one scenario`,
          where,
        );
      }
      changes.forEach((c, i) => {
        if ((c.states?.length ?? 0) > ARGUMENT_LIMITS.maxFormStates) {
          throw badArgument(
            `${where}.changes[${i}].states: ${c.states!.length} states, more than the ${ARGUMENT_LIMITS.maxFormStates} allowed in one FORM`,
            where,
          );
        }
      });
    }
  }
}

/** How many items a list of this type can hold (nested lists multiply), or 1 for a single value. */
function itemsOf(type: GraphQLOutputType, size: number): number {
  let unwrapped = isNonNullType(type) ? type.ofType : type;
  let items = 1;
  while (isListType(unwrapped)) {
    items *= size;
    unwrapped = isNonNullType(unwrapped.ofType) ? unwrapped.ofType.ofType : unwrapped.ofType;
  }
  return items;
}

/**
 * Introspection lists hold what this schema has: as many types as it defines, as many fields as its widest type,
 * and so on. Priced like any list, so nesting `fields { type { fields … } }` costs what it returns too.
 */
function introspectionSizes(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const most = (counts: number[]) => Math.max(1, ...counts);
  const fieldsOf = (t: (typeof types)[number]): (GraphQLField<unknown, unknown> | GraphQLInputField)[] =>
    isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : isInputObjectType(t) ? Object.values(t.getFields()) : [];
  const allFields = types.flatMap((t) => fieldsOf(t));
  const size = {
    types: types.length,
    fields: most(types.map((t) => fieldsOf(t).length)),
    args: most([...allFields.map((f) => ('args' in f ? f.args.length : 0)), ...schema.getDirectives().map((d) => d.args.length)]),
    enumValues: most(types.map((t) => ('getValues' in t ? t.getValues().length : 0))),
    interfaces: most(types.map((t) => ('getInterfaces' in t ? t.getInterfaces().length : 0))),
    possibleTypes: most(types.map((t) => ('getTypes' in t ? t.getTypes().length : 0))),
    directives: schema.getDirectives().length,
  };
  return {
    '__Schema.types': size.types,
    '__Schema.directives': size.directives,
    '__Type.fields': size.fields,
    '__Type.inputFields': size.fields,
    '__Type.enumValues': size.enumValues,
    '__Type.interfaces': size.interfaces,
    '__Type.possibleTypes': size.possibleTypes,
    '__Field.args': size.args,
    '__Directive.args': size.args,
    '__Directive.locations': 20,
  };
}

const introspectionCache = new WeakMap<GraphQLSchema, Record<string, number>>();

function listAwareEstimator(schema: GraphQLSchema): ComplexityEstimator {
  let introspection = introspectionCache.get(schema);
  if (!introspection) introspectionCache.set(schema, (introspection = introspectionSizes(schema)));
  const sizes = introspection;
  return ({ type, field, args, childComplexity }) => {
    const key = `${type.name}.${field.name}`;
    checkArguments(key, args);
    // A connection holds `first` items (its edges are priced as one each): a page costs what it can return.
    if (field.name.endsWith('Connection')) return 1 + pageSize(args.first as number | null | undefined) * childComplexity;
    const items = itemsOf(
      field.type,
      LIST_SIZES[key] ?? sizes[key] ?? (type.name.endsWith('Connection') && field.name === 'edges' ? 1 : DEFAULT_LIST_SIZE),
    );
    const own = 1 + (FIELD_WEIGHTS[key] ?? 0) + (args.scenario ? SCENARIO_WEIGHT : 0);
    // A list of objects costs each item's selection; a list of scalars costs 1 an item.
    const perItem = childComplexity > 0 ? childComplexity : items > 1 ? 1 : 0;
    return own + items * perItem;
  };
}

/** The cost of one operation of `document` with these variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName: operationName ?? undefined,
    estimators: [listAwareEstimator(schema)],
  });
}

/** The error a client gets for an operation over budget: what it cost, what is allowed, what to do. */
export function tooCostly(cost: number, max = MAX_COST): GraphQLError {
  return new GraphQLError(
    `Query cost ${cost.toLocaleString('en')} exceeds the limit of ${max.toLocaleString('en')}: lists count once per item they can hold ` +
      '(docs/graphql-contract.md, "Limits"); ask for fewer nested lists or split the request',
    { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: max, http: { status: 400 } } },
  );
}

/** When the operation cannot be priced (its variables do not fit their types): refuse it rather than run it unpriced. */
export function unpriced(error: unknown): GraphQLError {
  const message = (error as Error).message;
  return new GraphQLError(message, {
    extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argument: variableNamed(message) ?? 'variables', http: { status: 400 } },
  });
}

/** The variable a graphql-js coercion message is about (`Variable "$asOf" got invalid value …` -> `$asOf`), if any. */
export function variableNamed(message: string): string | undefined {
  return /^Variable "(\$[A-Za-z_][A-Za-z0-9_]*)"/.exec(message)?.[1];
}

/**
 * Prices every operation once it is parsed and validated, with its variables, before anything runs: an operation
 * over budget gets QUERY_TOO_COSTLY (400) and costs no Cypher. The cost is reported as `extensions.cost`.
 */
export function costLimitPlugin<T extends object>(max = MAX_COST): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          try {
            cost = operationCost(schema, document, request.variables ?? {}, operationName);
          } catch (error) {
            // Our own refusals (an argument out of bounds, with a code) as they are; anything else (variables that
            // do not fit their types, which graphql-js reports without a code) as the client's bad input.
            throw error instanceof GraphQLError && error.extensions?.code ? error : unpriced(error);
          }
          if (cost > max) throw tooCostly(cost, max);
        },
        async willSendResponse({ response }) {
          if (cost !== undefined && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
