// A state's allies through defence obligations on a date: states that are full MEMBERs with it of a
// bloc or treaty whose mutual-defence clause is in effect on the date (defenceSince; frozen, partner or observer
// ties oblige nobody).
// Dates leave as 'YYYY-MM-DD' strings (toString): Neo4j formats them faster than the driver decodes Date values.
:param ids => ['POL'];
:param asOf => '2025-06-01';

UNWIND $ids AS id
MATCH (s:State {id: id})-[m1:MEMBER_OF {status: 'MEMBER'}]->(b:Bloc)<-[m2:MEMBER_OF {status: 'MEMBER'}]-(ally:State)
WHERE ally <> s
  AND m1.since <= date($asOf) AND (m1.until IS NULL OR m1.until > date($asOf))
  AND m2.since <= date($asOf) AND (m2.until IS NULL OR m2.until > date($asOf))
  AND b.defenceSince <= date($asOf) AND (b.dissolved IS NULL OR b.dissolved > date($asOf))
WITH id, ally, b ORDER BY b.code
RETURN id, ally {.*} AS state, collect(b {.*, founded: toString(b.founded), dissolved: toString(b.dissolved), signed: toString(b.signed)}) AS via
ORDER BY id, state.name;
