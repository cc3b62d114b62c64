// A bloc and its members on a date, with their states, in ONE round trip: what `bloc(code) { members }` needs.
// No row = no such bloc. A membership is active on $asOf when since <= $asOf < until; $statuses null = all.
// $lean: leave out the long texts (membership source and note, the state's milexLatestSource) when the request reads none.
// Dates leave as 'YYYY-MM-DD' strings (toString): Neo4j formats them faster than the driver decodes Date values.
:param code => 'NATO';
:param asOf => '2022-01-01';
:param statuses => null;
:param lean => false;

MATCH (b:Bloc {code: $code})
OPTIONAL MATCH (b)<-[m:MEMBER_OF]-(s:State)
WHERE m.since <= date($asOf) AND (m.until IS NULL OR m.until > date($asOf))
  AND ($statuses IS NULL OR m.status IN $statuses)
WITH b, m, s ORDER BY s.name
RETURN b {.*, founded: toString(b.founded), dissolved: toString(b.dissolved), signed: toString(b.signed)} AS bloc, collect(CASE WHEN m IS NULL THEN null WHEN $lean THEN {
         membership: m {.status, .role, since: toString(m.since), until: toString(m.until)},
         state: s {.id, .iso2, .name, .region, .subregion, .lat, .lng, .unMember, .since, .until, .shapes, .nuclearSince, .nuclearUntil, .p5Since, .p5Until, .milexLatestUsdBn, .milexLatestYear}
       } ELSE {membership: m {.*, since: toString(m.since), until: toString(m.until)}, state: s {.*}} END) AS members;
