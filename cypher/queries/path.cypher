// The shortest chains of shared memberships from one state to another on a date:
// (State)-[:MEMBER_OF]->(Bloc)<-[:MEMBER_OF]-(State) ... Applicants are not tied to a bloc yet.
// $maxHops counts state-to-state hops (each hop is two MEMBER_OF relationships).
:param from => 'IND';
:param to => 'RUS';
:param maxHops => 3;
:param asOf => '2025-06-01';

MATCH (a:State {id: $from}), (z:State {id: $to})
MATCH p = allShortestPaths((a)-[:MEMBER_OF*..8]-(z))
WHERE all(r IN relationships(p) WHERE r.since <= date($asOf) AND (r.until IS NULL OR r.until > date($asOf)) AND r.status <> 'APPLICANT')
  AND length(p) <= 2 * $maxHops
WITH p LIMIT 25
RETURN length(p) / 2 AS hops,
       [i IN range(1, length(p) - 1, 2) | {
         from: properties(nodes(p)[i - 1]), via: properties(nodes(p)[i]), to: properties(nodes(p)[i + 1]),
         fromStatus: relationships(p)[i - 1].status, toStatus: relationships(p)[i].status
       }] AS steps;
