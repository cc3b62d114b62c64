// The memberships of one or more states on a date, with their blocs, in one round trip.
// Dates leave as 'YYYY-MM-DD' strings (toString): Neo4j formats them faster than the driver decodes Date values.
:param ids => ['IND'];
:param asOf => '2025-06-01';

UNWIND $ids AS id
MATCH (s:State {id: id})-[m:MEMBER_OF]->(b:Bloc)
WHERE m.since <= date($asOf) AND (m.until IS NULL OR m.until > date($asOf))
RETURN id, m {.*, since: toString(m.since), until: toString(m.until)} AS membership, s {.*} AS state,
       b {.*, founded: toString(b.founded), dissolved: toString(b.dissolved), signed: toString(b.signed)} AS bloc
ORDER BY id, b.code;
