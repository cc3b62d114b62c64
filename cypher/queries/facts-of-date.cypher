:param asOf => '2025-06-01';

// EVERY fact of the graph on $asOf that the exposure model reads (src/domain/exposure.ts; README "Exposure: how it is
// scored"), in ONE row of lists: the whole world on that date, whoever withdraws. The API reads only the part of it
// around the states a question names (exposure.cypher, which gives the same answers on less data); this query is the
// reference it is tested against, and a way for an analyst to see all the facts of a date at once.
//   states        every state that exists on $asOf: the model reads {id, name, subregion, nuclearArmed, milexUsdBn} as of
//                 $asOf (nuclearArmed from nuclearSince/Until; milexUsdBn = the figure of $asOf's year or the latest
//                 before it, null = none published); the other fields of the GraphQL State type ride along so the API
//                 can answer entries { state { ... } } from this row without another round trip
//   blocs         every bloc (all the fields the API shows), with active = not dissolved on $asOf, mutualDefence = its
//                 clause in effect on $asOf (defenceSince), and DEFENCE among its obligations only from defenceSince
//   memberships   {state, bloc, status} active on $asOf: since <= $asOf AND (until IS NULL OR until > $asOf)
//   deterrence    EXTENDS_DETERRENCE guarantor -> protected {guarantor, protected, via}
//   forces        HOSTS_FORCES_OF host -> foreign {host, foreign}
//   threats       PERCEIVES_THREAT {state, threat, level}
//   borders       BORDERS {a, b} with a < b, only those touching a state that perceives a threat (all the model reads)
// Edges with `since` after $asOf (or `until` on or before it) are left out; a missing `since` counts as always.
WITH date($asOf) AS day
RETURN
  $asOf AS asOf,
  COLLECT {
    MATCH (s:State) WHERE (s.since IS NULL OR s.since <= day) AND (s.until IS NULL OR s.until > day)
    CALL (s, day) {
      OPTIONAL MATCH (s)-[:SPENT]->(m:MilitaryExpenditure) WHERE m.year <= day.year
      RETURN m AS milex ORDER BY m.year DESC LIMIT 1
    }
    // Dates as 'YYYY-MM-DD' strings: cheaper for the driver to decode than Date values (see exposure.cypher).
    RETURN s {.id, .iso2, .name, .region, .subregion, .lat, .lng, .unMember, since: toString(s.since), until: toString(s.until), .shapes,
              nuclearSince: toString(s.nuclearSince), nuclearUntil: toString(s.nuclearUntil), p5Since: toString(s.p5Since),
              p5Until: toString(s.p5Until),
              nuclearArmed: s.nuclearSince IS NOT NULL AND s.nuclearSince <= day AND (s.nuclearUntil IS NULL OR s.nuclearUntil > day),
              p5: s.p5Since IS NOT NULL AND s.p5Since <= day AND (s.p5Until IS NULL OR s.p5Until > day),
              milexUsdBn: milex.usdBn, milexYear: milex.year, milexSource: milex.source + coalesce(' (' + milex.locator + ')', '')} ORDER BY s.id
  } AS states,
  COLLECT {
    MATCH (b:Bloc)
    RETURN b {.code, .name, .kind, founded: toString(b.founded), dissolved: toString(b.dissolved),
              defenceSince: toString(b.defenceSince), .defenceClause, .source,
              mutualDefence: b.defenceSince IS NOT NULL AND b.defenceSince <= day AND (b.dissolved IS NULL OR b.dissolved > day),
              obligations: CASE WHEN b.defenceSince > day THEN [o IN b.obligations WHERE o <> 'DEFENCE'] ELSE b.obligations END,
              active: b.dissolved IS NULL OR b.dissolved > day} ORDER BY b.code
  } AS blocs,
  COLLECT {
    MATCH (s:State)-[m:MEMBER_OF]->(b:Bloc)
    WHERE m.since <= day AND (m.until IS NULL OR m.until > day)
    RETURN {state: s.id, bloc: b.code, status: m.status} ORDER BY b.code, s.id, m.status
  } AS memberships,
  COLLECT {
    MATCH (g:State)-[r:EXTENDS_DETERRENCE]->(p:State)
    WHERE coalesce(r.since <= day, true) AND (r.until IS NULL OR r.until > day)
    RETURN {guarantor: g.id, protected: p.id, via: r.via} ORDER BY g.id, p.id
  } AS deterrence,
  COLLECT {
    MATCH (h:State)-[r:HOSTS_FORCES_OF]->(f:State)
    WHERE coalesce(r.since <= day, true) AND (r.until IS NULL OR r.until > day)
    RETURN {host: h.id, foreign: f.id} ORDER BY h.id, f.id
  } AS forces,
  COLLECT {
    MATCH (s:State)-[r:PERCEIVES_THREAT]->(t:State)
    WHERE coalesce(r.since <= day, true) AND (r.until IS NULL OR r.until > day)
    RETURN {state: s.id, threat: t.id, level: r.level} ORDER BY s.id, t.id
  } AS threats,
  COLLECT {
    // From the states that perceive a threat (few) to their neighbours, rather than every border pair (many).
    // Borders are today's: a pair counts on a day when both states exist then.
    MATCH (s:State)-[:BORDERS]-(n:State)
    WHERE EXISTS { (s)-[:PERCEIVES_THREAT]->() }
      AND (n.since IS NULL OR n.since <= day) AND (n.until IS NULL OR n.until > day)
      AND (s.since IS NULL OR s.since <= day) AND (s.until IS NULL OR s.until > day)
    WITH DISTINCT CASE WHEN s.id < n.id THEN s.id ELSE n.id END AS a, CASE WHEN s.id < n.id THEN n.id ELSE s.id END AS b
    RETURN {a: a, b: b} ORDER BY a, b
  } AS borders;
