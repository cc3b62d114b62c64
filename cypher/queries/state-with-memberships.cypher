// A state, its memberships on $asOf with their blocs and, unless $membersAsOf is null, the members of each of those
// blocs on $membersAsOf with their states, in ONE round trip: what `state(id) { memberships { bloc { members } } }`
// needs. No row = no such state. Active on a date: since <= date < until (until null = still active);
// $statuses null = members in every status. $lean: leave out the members' long texts (membership source and note,
// the state's milexSource) when the request reads none.
// Dates leave as 'YYYY-MM-DD' strings (toString): Neo4j formats them faster than the driver decodes Date values.
:param id => 'POL';
:param asOf => '2025-06-01';
:param membersAsOf => '2025-06-01';
:param statuses => null;
:param lean => false;

MATCH (s:State {id: $id})
RETURN s {.*} AS state,
  COLLECT {
    MATCH (s)-[m:MEMBER_OF]->(b:Bloc)
    WHERE m.since <= date($asOf) AND (m.until IS NULL OR m.until > date($asOf))
    WITH m, b ORDER BY b.code
    RETURN {
      membership: m {.*, since: toString(m.since), until: toString(m.until)},
      bloc: b {.*, founded: toString(b.founded), dissolved: toString(b.dissolved), signed: toString(b.signed)},
      members: COLLECT {
        MATCH (b)<-[o:MEMBER_OF]-(other:State)
        WHERE $membersAsOf IS NOT NULL
          AND o.since <= date($membersAsOf) AND (o.until IS NULL OR o.until > date($membersAsOf))
          AND ($statuses IS NULL OR o.status IN $statuses)
        WITH o, other ORDER BY other.name
        RETURN CASE WHEN $lean THEN {
            membership: o {.status, .role, since: toString(o.since), until: toString(o.until)},
            state: other {.id, .iso2, .name, .region, .subregion, .lat, .lng, .unMember, .since, .until, .shapes, .nuclearSince, .nuclearUntil, .p5Since, .p5Until, .milexLatestUsdBn, .milexLatestYear}
          } ELSE {membership: o {.*, since: toString(o.since), until: toString(o.until)}, state: other {.*}} END
      }
    }
  } AS memberships;
