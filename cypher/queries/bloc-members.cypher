// Members of one or more blocs on a date, with their states, in one round trip.
// A membership is active on $asOf when since <= $asOf < until (until null = still active).
// $statuses null = every status (MEMBER, FROZEN, OBSERVER, PARTNER, ...).
// Dates leave as 'YYYY-MM-DD' strings (toString): Neo4j formats them faster than the driver decodes Date values.
:param codes => ['NATO'];
:param asOf => '2022-01-01';
:param statuses => null;

UNWIND $codes AS code
MATCH (b:Bloc {code: code})<-[m:MEMBER_OF]-(s:State)
WHERE m.since <= date($asOf) AND (m.until IS NULL OR m.until > date($asOf))
  AND ($statuses IS NULL OR m.status IN $statuses)
RETURN code, m {.*, since: toString(m.since), until: toString(m.until)} AS membership, s {.*} AS state,
       b {.*, founded: toString(b.founded), dissolved: toString(b.dissolved), signed: toString(b.signed)} AS bloc
ORDER BY code, s.name;
