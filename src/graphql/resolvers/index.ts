import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Query } from './query.js';
import {
  AllianceNetwork,
  Bloc,
  NetworkTie,
  StateCentrality,
  Deterrence,
  Exposure,
  ExposureDelta,
  ExposureReason,
  ExposureReport,
  ForcesStationed,
  Hedger,
  Membership,
  Scenario,
  ScenarioChange,
  State,
  ThreatPerception,
} from './types.js';

/** Dates travel as strings; their format is checked where they are used, so the error can name the argument. */
const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string') throw new TypeError(`Date must be a string YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string YYYY-MM-DD');
    return ast.value;
  },
});

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

export const resolvers: Resolvers = {
  Date: DateScalar,
  JSON: JSONScalar,
  Query,
  State,
  Bloc,
  Membership,
  ExposureReport,
  Exposure,
  ExposureReason,
  Hedger,
  AllianceNetwork,
  StateCentrality,
  NetworkTie,
  ExposureDelta,
  Scenario,
  ScenarioChange,
  ThreatPerception,
  Deterrence,
  ForcesStationed,
};
