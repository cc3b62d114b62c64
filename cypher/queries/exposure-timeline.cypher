:param withdrawing => 'USA';
:param state => 'POL';
:param until => '2025-06-01';

// The facts exposure reads about one state (`state`) and one withdrawing state, over their whole history, with the
// dates each holds (since inclusive, until exclusive; a missing since counts as always), in ONE row of lists.
// The API's exposureTimeline computes the state's exposure on each day of a range from this row alone
// (src/domain/timeline.ts `factsOn`), so a timeline of a hundred points costs one round trip.
//   blocs         every bloc the state was ever in (its ties to the withdrawing state and its other guarantors run
//                 through them), with its founding, dissolution, defence clause and obligations
//   memberships   every membership of those blocs {state, bloc, status, since, until}: ties, and remaining guarantors
//   deterrence    umbrellas over the state {guarantor, protected, via, since, until}
//   forces        forces hosted by the state and by its land neighbours {host, foreign, since, until} (proximity)
//   threats       threats the state perceives {state, threat, level, since, until}
//   borders       the state's land borders {a, b}, a < b
//   states        every state the lists name, with its lifetime, nuclear and P5 periods, subregion, and its military
//                 expenditure series up to $until's year
MATCH (w:State {id: $withdrawing}), (s:State {id: $state})
WITH w, s, COLLECT { MATCH (s)-[:BORDERS]-(n:State) RETURN DISTINCT n } AS neighbours,
     COLLECT { MATCH (s)-[:MEMBER_OF]->(b:Bloc) RETURN DISTINCT b } AS blocs
WITH w, s, neighbours, blocs,
  COLLECT {
    UNWIND blocs AS b
    MATCH (b)<-[m:MEMBER_OF]-(x:State)
    RETURN {state: x.id, bloc: b.code, status: m.status, since: toString(m.since), until: toString(m.until)} AS membership
    ORDER BY membership.bloc, membership.state, membership.since
  } AS memberships,
  COLLECT {
    MATCH (g:State)-[r:EXTENDS_DETERRENCE]->(s)
    RETURN {guarantor: g.id, protected: s.id, via: r.via, since: toString(r.since), until: toString(r.until)} AS umbrella
    ORDER BY umbrella.guarantor, umbrella.since
  } AS deterrence,
  COLLECT {
    UNWIND [s] + neighbours AS h
    MATCH (h)-[r:HOSTS_FORCES_OF]->(f:State)
    RETURN {host: h.id, foreign: f.id, since: toString(r.since), until: toString(r.until)} AS forces
    ORDER BY forces.host, forces.foreign, forces.since
  } AS forces,
  COLLECT {
    MATCH (s)-[r:PERCEIVES_THREAT]->(t:State)
    RETURN {state: s.id, threat: t.id, level: r.level, since: toString(r.since), until: toString(r.until)} AS threat
    ORDER BY threat.threat, threat.since
  } AS threats,
  [n IN neighbours | CASE WHEN s.id < n.id THEN {a: s.id, b: n.id} ELSE {a: n.id, b: s.id} END] AS borders
WITH blocs, memberships, deterrence, forces, threats, borders,
     COLLECT {
       UNWIND [w.id, s.id] + [m IN memberships | m.state] + [d IN deterrence | d.guarantor] + [f IN forces | f.host] +
         [f IN forces | f.foreign] + [t IN threats | t.threat] + [b IN borders | b.a] + [b IN borders | b.b] AS id
       RETURN DISTINCT id
     } AS ids
RETURN
  COLLECT {
    MATCH (x:State) WHERE x.id IN ids
    RETURN x {.id, .iso2, .name, .region, .subregion, .lat, .lng, .unMember, .sincePrecision, .shapes,
              since: toString(x.since), until: toString(x.until),
              nuclearSince: toString(x.nuclearSince), nuclearUntil: toString(x.nuclearUntil),
              p5Since: toString(x.p5Since), p5Until: toString(x.p5Until),
              .milexLatestUsdBn, .milexLatestYear, .milexLatestSource,
              milex: COLLECT {
                MATCH (x)-[:SPENT]->(m:MilitaryExpenditure) WHERE m.year <= date($until).year
                RETURN {year: m.year, usdBn: m.usdBn, source: m.source + coalesce(' (' + m.locator + ')', '')} AS figure ORDER BY figure.year
              }} AS state ORDER BY state.id
  } AS states,
  [b IN blocs | b {.code, .name, .kind, .source, .defenceClause, .obligations,
                   founded: toString(b.founded), dissolved: toString(b.dissolved), defenceSince: toString(b.defenceSince)}] AS blocs,
  memberships, deterrence, forces, threats, borders;
