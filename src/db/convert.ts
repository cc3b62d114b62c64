/**
 * Neo4j values -> plain JSON-ready values, once, at the boundary. The driver is created with
 * disableLosslessIntegers, so integers already arrive as numbers; temporal values arrive as driver
 * objects and leave as ISO strings ('YYYY-MM-DD' for dates).
 */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps arrive as plain objects (the driver's own types are class instances): the common case, checked first.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainObject(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value)) return { labels: value.labels, ...plainObject(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, ...plainObject(value.properties) };
  if (neo4j.isPath(value))
    return value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) }));
  return plainObject(value as Record<string, unknown>);
}

function plainObject(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object)) out[key] = toPlain(object[key]);
  return out;
}
