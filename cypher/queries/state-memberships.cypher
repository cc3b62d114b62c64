// The memberships of one or more states on a date, with their blocs, in one round trip.
:param ids => ['IND'];
:param asOf => '2025-06-01';

UNWIND $ids AS id
MATCH (s:State {id: id})-[m:MEMBER_OF]->(b:Bloc)
WHERE m.since <= date($asOf) AND (m.until IS NULL OR m.until > date($asOf))
RETURN id, m {.*} AS membership, s {.*} AS state, b {.*} AS bloc
ORDER BY id, b.code;
