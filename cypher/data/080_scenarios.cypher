// Named what-if scenarios (docs/data-model.md, "(:Scenario)"): the seed articles' scenarios and the cases the seeds raise,
// stored as data. A scenario is applied at query time as an overlay (src/domain/scenario.ts): nothing here
// changes a membership, an umbrella or a deployment of the stored graph.
//
//   (:Scenario {id, name, description, source, note})-[:HAS_CHANGE {order, source}]->
//   (:ScenarioChange {id: '<scenario>#<order>', scenario, order, type, state, bloc, status, code, name, states,
//                     mutualDefence, note})
//
// type is one of WITHDRAW(state, bloc?), FREEZE(state, bloc), JOIN(state, bloc, status?), DISSOLVE(bloc),
// FORM(code, name, states, mutualDefence), END_TREATY(bloc). Changes apply in order. Only states and blocs that
// exist in the graph are used, and each scenario holds the smallest set of changes that is clearly what its seed
// says: the description says what was left out. HAS_CHANGE carries the scenario's source like every other
// relationship of the graph.
//
// The order of a change is its position in the list. The guard fails the load with the change's id when a state
// or bloc is missing, a FORM code is already a bloc, or a type is unknown. Changes beyond the end of a list (left
// over from an earlier version of this file, loaded without --reset) are deleted, so a second load changes nothing.
UNWIND [
  // Seed 000: the three scenarios "for Ukraine" that close the article.
  {id: 'positive', name: 'Positive: the US stays the linchpin', source: 'seed:000_ee8646e08386c08b',
   description: "Seed 000 (positive scenario): the United States remains the dominant power and linchpin of security alliances, European allies build capabilities as a supplement rather than an alternative, and NATO may extend security guarantees beyond its borders and admit new members. Modelled as Ukraine joining NATO, the one admission the scenario, written 'for Ukraine', points to. Left out: European capability build-up (no change type for capabilities), the decline of Russia-driven initiatives and the limits on China's initiatives (no named bloc or state changes).",
   changes: [
     {type: 'JOIN', state: 'UKR', bloc: 'NATO', status: 'MEMBER',
      note: "'Alliances such as NATO could potentially extend security guarantees beyond their borders and entertain the prospect of admitting new member states', in 'a positive scenario for Ukraine'. Ukraine is a NATO APPLICANT today."}
   ]},
  {id: 'neutral', name: 'Neutral: weaker US commitments, Trans-Pacific pivot', source: 'seed:000_ee8646e08386c08b',
   description: "Seed 000 (neutral scenario): US commitments weaken with a continued Trans-Pacific pivot, ad hoc coalitions erode Transatlantic unity, and Central and Eastern European and Baltic states are left vulnerable while Russia develops alternative security frameworks with Western antagonists like North Korea and Iran. Modelled as a frozen (dormant) US membership of NATO, its Asian treaties untouched, and a Russian-led security framework with North Korea and Iran without a defence clause. Left out: the Rammstein format and other informal coalitions (not blocs), intra-EU divisions, China's role in the Middle East and the regional arms race (no change type for them).",
   changes: [
     {type: 'FREEZE', state: 'USA', bloc: 'NATO',
      note: "'A potential weakening of the US commitments and a continued Trans-Pacific pivot': the US stays in NATO but its guarantee becomes dormant, as Armenia's in the CSTO. The US treaties in Asia are kept (the pivot)."},
     {type: 'FORM', code: 'RUS_PRK_IRN', name: 'Russian-led security framework with North Korea and Iran', states: ['RUS', 'PRK', 'IRN'], mutualDefence: false,
      note: "'Russia might seize the opportunity to bolster its security ambitions, developing alternative security frameworks and alliances, especially among Western antagonists like North Korea and Iran.' No defence clause: the seed gives no terms, and the existing Russia-Iran treaty has none (RUS_IRN)."}
   ]},
  {id: 'negative', name: 'Negative: US neo-isolationism', source: 'seed:000_ee8646e08386c08b',
   description: "Seed 000 (negative scenario): US neo-isolationism and the American withdrawal from global affairs leave the countries that relied on US guarantees in Europe and globally searching for alternatives, Central and Eastern European and Baltic states vulnerable to Russian assertiveness, and Russia and China forming a club of anti-Western powers. Modelled as the US withdrawing from every bloc and treaty (its umbrellas and forces abroad go with them) and a Russia-China grouping without a defence clause. Left out: Europeans filling the void (no change type for capabilities), pressure on Taiwan and ASEAN (no membership changes named), and an end of the North Atlantic Treaty, which the seed only says may be challenged.",
   changes: [
     {type: 'WITHDRAW', state: 'USA',
      note: "'US neo-isolationism' and 'the American withdrawal from global affairs': 'countries that traditionally relied on the US security guarantees in both Europe and globally' lose them."},
     {type: 'FORM', code: 'ANTI_WESTERN_CLUB', name: 'Club of anti-Western powers (Russia and China)', states: ['RUS', 'CHN'], mutualDefence: false,
      note: "'Russia and China might find a common cause, forming a club of anti-Western powers.' A club, not an alliance: no defence clause."}
   ]},

  // Seed 001: NATO's three conceivable futures, named after the questions the seed asks: will NATO keep the US
  // in the Alliance, will the Europeans fill the void left by its withdrawal, or will NATO become a looser
  // framework of coalitions of the willing?
  {id: 'nato-keeps-the-us', name: 'NATO keeps the US, in a marginal role', source: 'seed:001_755de6303d100593',
   description: "Seed 001, first future: NATO manages to keep the US in the Alliance, but with the US 'playing a much more marginal role' while allies hope the Alliance stays politically stable until the next US elections. Modelled as a frozen (dormant) US membership of NATO: the US umbrella and US forces in Europe stay. Left out: the slow build-up of European capabilities (no change type for capabilities).",
   changes: [
     {type: 'FREEZE', state: 'USA', bloc: 'NATO',
      note: "'Will NATO manage to keep the US in the Alliance?' and 'how the Alliance can function with the US playing a much more marginal role': the US stays a member, its guarantee dormant."}
   ]},
  {id: 'europe-fills-the-void', name: 'Europe fills the void of a US withdrawal', source: 'seed:001_755de6303d100593',
   description: "Seed 001, second future: the US withdraws from NATO altogether and the European member states try to fill the void left by the hegemon, although most experts see no realistic national or European alternative to the US nuclear umbrella. Modelled as the US leaving NATO, which keeps its other members and its defence clause: the US umbrella via NATO and US forces in Europe end, US treaties elsewhere stay. Left out: how well the Europeans fill the void (no change type for capabilities). The seed considers a formal US exit unlikely, this future assumes it.",
   changes: [
     {type: 'WITHDRAW', state: 'USA', bloc: 'NATO',
      note: "'Are the European member states willing and able to fill the void left by a potential withdrawal of the hegemon?' and 'the US ... withdrawing altogether' from the Alliance."}
   ]},
  {id: 'coalitions-of-the-willing', name: 'NATO as a looser framework of coalitions of the willing', source: 'seed:001_755de6303d100593',
   description: "Seed 001, third future: NATO transforms into a looser framework, an alliance responding flexibly to individual crises through ad hoc coalitions of the willing. Modelled as the end of the North Atlantic Treaty's obligations while NATO stays as a forum with all its members: the umbrella via NATO and the forces that rest only on NATO end. Left out: the ad hoc coalitions themselves, which form crisis by crisis and have no fixed members to model.",
   changes: [
     {type: 'END_TREATY', bloc: 'NATO',
      note: "'Could NATO even transform into a looser framework - an alliance responding flexibly to individual crises through ad hoc coalitions of the willing?' Article 5 no longer binds, the members stay."}
   ]},

  // The cases the other seeds raise.
  {id: 'armenia-leaves-csto', name: 'Armenia leaves the CSTO', source: 'seed:003_575ff4f10fe27a71',
   description: "Seed 003: the CSTO has for several years operated with one of its members, Armenia, having effectively frozen its participation, and its members cannot rely on CSTO mechanisms as the foundation of their security. Modelled as Armenia taking the last step and leaving the CSTO: its bilateral treaty with Russia and the Russian base in Gyumri stay, as they rest on separate agreements.",
   changes: [
     {type: 'WITHDRAW', state: 'ARM', bloc: 'CSTO',
      note: "'The CSTO has, for several years, been operating in a mode in which one of its members, Armenia, has effectively frozen its participation.' Armenia is FROZEN in the CSTO today, this completes the exit."}
   ]},
  {id: 'ukraine-joins-nato', name: 'Ukraine joins NATO', source: 'seed:001_755de6303d100593',
   description: "Seed 001: for many allies, whether Ukraine should become part of NATO depends on how they perceive the Russian threat: states that view Russia as a permanent threat advocate membership, others caution it could provoke escalation. Modelled as Ukraine, a NATO applicant since 2022, becoming a full member. No US umbrella over Ukraine is added: the overlay never creates one.",
   changes: [
     {type: 'JOIN', state: 'UKR', bloc: 'NATO', status: 'MEMBER',
      note: "'States that view Russia as a permanent threat advocate for NATO membership' of Ukraine."}
   ]},
  {id: 'asian-nato', name: 'An Asian NATO', source: 'seed:004_39558fe47b7b51a3',
   description: "Seed 004: an Asian NATO is debated as a military camp led by the US, Japan and Australia, which South Korea is taking important steps towards joining, to deter China. Modelled as a new mutual defence alliance of the United States, Japan, Australia and South Korea. Left out: the United Kingdom (the US 'and perhaps the United Kingdom' may seek such an alliance) and New Zealand, which is hesitant.",
   changes: [
     {type: 'FORM', code: 'ASIAN_NATO', name: 'Asian NATO', states: ['USA', 'JPN', 'AUS', 'KOR'], mutualDefence: true,
      note: "'The military camp led by the US, Japan and Australia', which South Korea and Japan are 'taking important steps towards joining', and 'a military alliance in the Asia-Pacific'."}
   ]}
] AS row
MERGE (s:Scenario {id: row.id})
SET s.name = row.name, s.description = row.description, s.source = row.source, s.note = row.note
WITH s, row
CALL (s, row) {
  MATCH (s)-[:HAS_CHANGE]->(old:ScenarioChange)
  WHERE old.order > size(row.changes)
  DETACH DELETE old
}
UNWIND range(1, size(row.changes)) AS i
WITH s, i, row.changes[i - 1] AS ch
OPTIONAL MATCH (st:State {id: ch.state})
OPTIONAL MATCH (b:Bloc {code: ch.bloc})
WITH s, i, ch, st, b,
     CASE
       WHEN NOT ch.type IN ['WITHDRAW', 'FREEZE', 'JOIN', 'DISSOLVE', 'FORM', 'END_TREATY']
         THEN date('unknown change type: ' + s.id + '#' + toString(i) + ' ' + coalesce(ch.type, 'null'))
       WHEN (ch.state IS NOT NULL AND st IS NULL) OR (ch.bloc IS NOT NULL AND b IS NULL)
         OR COUNT { MATCH (x:State) WHERE x.id IN coalesce(ch.states, []) } <> size(coalesce(ch.states, []))
         THEN date('missing endpoint: ' + s.id + '#' + toString(i) + ' ' + coalesce(ch.state, '') + ' ' + coalesce(ch.bloc, '') + ' ' + reduce(t = '', x IN coalesce(ch.states, []) | t + ' ' + x))
       WHEN ch.code IS NOT NULL AND EXISTS { MATCH (:Bloc {code: ch.code}) }
         THEN date('FORM code is already a bloc: ' + s.id + '#' + toString(i) + ' ' + ch.code)
     END AS missing
MERGE (c:ScenarioChange {id: s.id + '#' + toString(i)})
SET c.scenario = s.id, c.order = i, c.type = ch.type, c.state = ch.state, c.bloc = ch.bloc, c.status = ch.status,
    c.code = ch.code, c.name = ch.name, c.states = ch.states, c.mutualDefence = ch.mutualDefence, c.note = ch.note
MERGE (s)-[h:HAS_CHANGE]->(c)
SET h.order = i, h.source = s.source;
