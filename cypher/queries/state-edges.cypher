// The threat, nuclear-umbrella and forces relationships touching one or more states on a date, in either
// direction, in one round trip: PERCEIVES_THREAT (state -> threat), EXTENDS_DETERRENCE (guarantor -> protected,
// with the bloc or treaty it runs through) and HOSTS_FORCES_OF (host -> foreign state). One row per (id, edge);
// an edge between two of the ids comes once for each. Same date rule as exposure.cypher: a missing `since`
// counts as always, and an edge with `until` on or before $asOf has ended.
// Dates leave as 'YYYY-MM-DD' strings (toString): Neo4j formats them faster than the driver decodes Date values.
:param ids => ['POL', 'JPN'];
:param asOf => '2025-06-01';

UNWIND $ids AS id
MATCH (s:State {id: id})-[r:PERCEIVES_THREAT|EXTENDS_DETERRENCE|HOSTS_FORCES_OF]-(other:State)
WHERE coalesce(r.since <= date($asOf), true) AND (r.until IS NULL OR r.until > date($asOf))
WITH id, r, other, startNode(r) AS a, endNode(r) AS b
OPTIONAL MATCH (via:Bloc {code: r.via})
RETURN id, type(r) AS type, r {.*, since: toString(r.since)} AS edge, a {.*} AS from, b {.*} AS to, via {.*, founded: toString(via.founded), dissolved: toString(via.dissolved), signed: toString(via.signed)} AS via
ORDER BY id, type, other.name;
