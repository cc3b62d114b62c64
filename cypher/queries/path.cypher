// The shortest chains of shared memberships from one state to another on a date:
// (State)-[:MEMBER_OF]->(Bloc)<-[:MEMBER_OF]-(State) ... Applicants are not tied to a bloc yet.
// $maxHops counts state-to-state hops (each hop is two MEMBER_OF relationships).
:param from => 'IND';
:param to => 'RUS';
:param maxHops => 3;
:param asOf => '2025-06-01';

// The date and status are checked on each relationship while the search expands (a quantified path pattern), so
// a search between states that are not connected on that date stops as soon as it has seen every membership in
// force then, instead of walking every path of up to 8 relationships and filtering them afterwards.
MATCH (a:State {id: $from}), (z:State {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r:MEMBER_OF WHERE r.since <= date($asOf) AND (r.until IS NULL OR r.until > date($asOf)) AND r.status <> 'APPLICANT']-()){1,8}(z)
WHERE length(p) <= 2 * $maxHops
// In a fixed order (the states' and blocs' ids along the path), so that the same graph always gives the same answer:
// the search's own order follows how the relationships are stored, which a load or more data changes.
WITH p ORDER BY [n IN nodes(p) | coalesce(n.id, n.code)], [r IN relationships(p) | r.status] LIMIT 25
RETURN length(p) / 2 AS hops,
       [i IN range(1, length(p) - 1, 2) | {
         from: properties(nodes(p)[i - 1]), via: properties(nodes(p)[i]), to: properties(nodes(p)[i + 1]),
         fromStatus: relationships(p)[i - 1].status, toStatus: relationships(p)[i].status
       }] AS steps;
