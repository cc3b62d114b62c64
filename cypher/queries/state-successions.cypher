// How states ended or arose (SUCCEEDED_BY), both directions, in one round trip for any number of states:
// one row per (id, relationship); `direction` says whether the other state is a successor or a predecessor.
:param ids => ['SUN', 'RUS', 'DEU'];

UNWIND $ids AS id
MATCH (s:State {id: id})-[r:SUCCEEDED_BY]-(other:State)
RETURN id, CASE WHEN startNode(r) = s THEN 'successor' ELSE 'predecessor' END AS direction,
       other {.*} AS state, toString(r.date) AS date, r.datePrecision AS datePrecision, toUpper(r.kind) AS kind,
       r.source AS source, r.note AS note
ORDER BY id, r.date, other.id;
