:param asOf => '2025-06-01';
:param states => 'USA';
:param blocs => '';

// The facts on $asOf that the exposure model (src/domain/exposure.ts) and the scenario overlay (src/domain/scenario.ts)
// read to answer a question about the states in $states (the withdrawing state, the states a scenario names) and the
// blocs in $blocs (the blocs a withdrawal or a scenario names), in ONE row of lists shaped like facts-of-date.cypher.
// Only the neighbourhood of the question is read, so the cost follows the alliances around it, not the whole graph:
//   near          the named states; the members (any status) of their blocs and of the named blocs; the states under
//                 their nuclear umbrellas; the hosts of their forces. Exposure candidates are among them.
//   blocs         every active bloc of a `near` state (remaining guarantors are found there), plus the named blocs
//                 (also dissolved ones, so a FORM cannot reuse a code and `from` can name any bloc)
//   memberships   every active membership of those blocs (so a near state's ties, and its guarantors, are complete)
//   deterrence    umbrellas over near states; forces hosted by near states and by their land neighbours
//   threats       perceived by near states; borders touching a near state that perceives a threat
//   states        every state any of the above refers to (names, subregions, and capabilities as of $asOf: nuclear-armed
//                 from nuclearSince/Until, milexUsdBn of $asOf's year or the latest before it)
// Tested against facts-of-date.cypher: the same exposure answers, for every state withdrawing and every scenario.
// Edges with `since` after $asOf (or `until` on or before it) are left out; a missing `since` counts as always.
// Dates leave as 'YYYY-MM-DD' strings (toString): the driver decodes a Date value into objects of 64-bit integers,
// and a question about a state in many alliances returns hundreds of them.
// $states and $blocs are comma-separated strings, not lists: Neo4j planned this query again (about a second each
// time) for lists of other lengths or element types; strings share a plan (an empty one still gets its own).
WITH date($asOf) AS day, [x IN split($states, ',') WHERE x <> ''] AS stateIds, [x IN split($blocs, ',') WHERE x <> ''] AS blocCodes
WITH day, blocCodes, COLLECT { MATCH (c:State) WHERE c.id IN stateIds RETURN c } AS core
WITH day, blocCodes, core, COLLECT {
    UNWIND core AS c
    MATCH (c)-[m:MEMBER_OF]->(b:Bloc)
    WHERE m.since <= day AND (m.until IS NULL OR m.until > day)
    RETURN b
  } + COLLECT { MATCH (b:Bloc) WHERE b.code IN blocCodes RETURN b } AS namedBlocs
WITH day, core, namedBlocs, COLLECT {
    UNWIND core + COLLECT {
        UNWIND namedBlocs AS b
        MATCH (b)<-[m:MEMBER_OF]-(s:State)
        WHERE m.since <= day AND (m.until IS NULL OR m.until > day)
        RETURN s
      } + COLLECT {
        UNWIND core AS c
        MATCH (c)-[r:EXTENDS_DETERRENCE]->(s:State)
        WHERE coalesce(r.since <= day, true) AND (r.until IS NULL OR r.until > day)
        RETURN s
      } + COLLECT {
        UNWIND core AS c
        MATCH (s:State)-[r:HOSTS_FORCES_OF]->(c)
        WHERE coalesce(r.since <= day, true) AND (r.until IS NULL OR r.until > day)
        RETURN s
      } AS s
    RETURN DISTINCT s
  } AS near
WITH day, namedBlocs, near, COLLECT {
    UNWIND near AS s
    MATCH (s)-[m:MEMBER_OF]->(b:Bloc)
    WHERE m.since <= day AND (m.until IS NULL OR m.until > day)
    RETURN DISTINCT b
  } AS nearBlocs
WITH day, near, COLLECT { UNWIND nearBlocs + namedBlocs AS b RETURN DISTINCT b } AS blocs
WITH day, near, blocs, COLLECT {
    UNWIND blocs AS b
    MATCH (b)<-[m:MEMBER_OF]-(s:State)
    WHERE m.since <= day AND (m.until IS NULL OR m.until > day)
    RETURN {state: s.id, bloc: b.code, status: m.status} ORDER BY b.code, s.id, m.status
  } AS memberships, COLLECT {
    UNWIND near AS s
    MATCH (s)-[:BORDERS]-(n:State)
    WHERE (EXISTS { (s)-[:PERCEIVES_THREAT]->() } OR EXISTS { (n)-[:PERCEIVES_THREAT]->() })
      AND (n.since IS NULL OR n.since <= day) AND (n.until IS NULL OR n.until > day)
      AND (s.since IS NULL OR s.since <= day) AND (s.until IS NULL OR s.until > day)
    WITH DISTINCT CASE WHEN s.id < n.id THEN s.id ELSE n.id END AS a, CASE WHEN s.id < n.id THEN n.id ELSE s.id END AS b
    RETURN {a: a, b: b} ORDER BY a, b
  } AS borders
WITH day, near, blocs, memberships, borders, COLLECT {
    UNWIND near AS p
    MATCH (g:State)-[r:EXTENDS_DETERRENCE]->(p)
    WHERE coalesce(r.since <= day, true) AND (r.until IS NULL OR r.until > day)
    RETURN {guarantor: g.id, protected: p.id, via: r.via} ORDER BY g.id, p.id
  } AS deterrence, COLLECT {
    UNWIND near AS s
    MATCH (s)-[r:PERCEIVES_THREAT]->(t:State)
    WHERE coalesce(r.since <= day, true) AND (r.until IS NULL OR r.until > day)
    RETURN {state: s.id, threat: t.id, level: r.level} ORDER BY s.id, t.id
  } AS threats
WITH day, near, blocs, memberships, borders, deterrence, threats, COLLECT {
    UNWIND [s IN near | s.id] + [b IN borders | b.a] + [b IN borders | b.b] AS host
    MATCH (h:State {id: host})-[r:HOSTS_FORCES_OF]->(f:State)
    WHERE coalesce(r.since <= day, true) AND (r.until IS NULL OR r.until > day)
    WITH DISTINCT h, f
    RETURN {host: h.id, foreign: f.id} ORDER BY h.id, f.id
  } AS forces
WITH day, blocs, memberships, borders, deterrence, threats, forces,
     [s IN near | s.id] + [m IN memberships | m.state] + [b IN borders | b.a] + [b IN borders | b.b]
       + [d IN deterrence | d.guarantor] + [t IN threats | t.threat] + [f IN forces | f.foreign] AS ids
RETURN
  $asOf AS asOf,
  COLLECT {
    MATCH (s:State) WHERE s.id IN ids
    CALL (s, day) {
      OPTIONAL MATCH (s)-[:SPENT]->(m:MilitaryExpenditure) WHERE m.year <= day.year
      RETURN m AS milex ORDER BY m.year DESC LIMIT 1
    }
    RETURN s {.id, .iso2, .name, .region, .subregion, .lat, .lng, .unMember, since: toString(s.since), .sincePrecision,
              until: toString(s.until), .shapes, nuclearSince: toString(s.nuclearSince), nuclearUntil: toString(s.nuclearUntil),
              p5Since: toString(s.p5Since), p5Until: toString(s.p5Until), .milexLatestUsdBn, .milexLatestYear, .milexLatestSource,
              nuclearArmed: s.nuclearSince IS NOT NULL AND s.nuclearSince <= day AND (s.nuclearUntil IS NULL OR s.nuclearUntil > day),
              p5: s.p5Since IS NOT NULL AND s.p5Since <= day AND (s.p5Until IS NULL OR s.p5Until > day),
              milexUsdBn: milex.usdBn, milexYear: milex.year, milexSource: milex.source + coalesce(' (' + milex.locator + ')', '')} ORDER BY s.id
  } AS states,
  COLLECT {
    UNWIND blocs AS b
    RETURN b {.code, .name, .kind, founded: toString(b.founded), dissolved: toString(b.dissolved),
              defenceSince: toString(b.defenceSince), .defenceClause, .source,
              mutualDefence: b.defenceSince IS NOT NULL AND b.defenceSince <= day AND (b.dissolved IS NULL OR b.dissolved > day),
              obligations: CASE WHEN b.defenceSince > day THEN [o IN b.obligations WHERE o <> 'DEFENCE'] ELSE b.obligations END,
              active: b.dissolved IS NULL OR b.dissolved > day} ORDER BY b.code
  } AS blocs,
  memberships, deterrence, forces, threats, borders;
