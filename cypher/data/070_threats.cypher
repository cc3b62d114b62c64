// Threat perceptions: (:State)-[:PERCEIVES_THREAT {level, source, note}]->(:State), level LOW | MEDIUM | HIGH.
// One edge per ordered pair (MERGE key). The level is our reading of the cited text, explained in note.
UNWIND [
  // NATO's north-eastern flank (seed 001: proximity to Russia shapes strategic perspectives)
  {from: 'POL', to: 'RUS', level: 'HIGH', source: 'seed:001_755de6303d100593', note: 'Sees Russia as a permanent threat.'},
  {from: 'LTU', to: 'RUS', level: 'HIGH', source: 'seed:001_755de6303d100593', note: 'Sees Russia as a permanent threat.'},
  {from: 'FIN', to: 'RUS', level: 'HIGH', source: 'seed:001_755de6303d100593', note: 'Sees Russia as a permanent threat.'},
  {from: 'EST', to: 'RUS', level: 'HIGH', source: 'seed:000_ee8646e08386c08b', note: 'Baltic states particularly vulnerable to Russian assertiveness in the negative scenario.'},
  {from: 'LVA', to: 'RUS', level: 'HIGH', source: 'seed:000_ee8646e08386c08b', note: 'Baltic states particularly vulnerable to Russian assertiveness in the negative scenario.'},
  {from: 'UKR', to: 'RUS', level: 'HIGH', source: 'seed:002_2cac2dce53e9fad5', note: 'At war since the Russian invasion of 2022 (annexation of Crimea 2014).'},
  // Other Bucharest Nine members: joint declaration of 2015 on Russia's aggressive posturing
  {from: 'ROU', to: 'RUS', level: 'MEDIUM', source: 'https://www.atlanticcouncil.org/blogs/natosource/nine-heads-of-state-call-on-alliance-to-strengthen-the-eastern-flank-of-nato', note: 'B9 declaration on long-term threats in the East. Central and Eastern European states vulnerable in the negative scenario (seed:000_ee8646e08386c08b).'},
  {from: 'BGR', to: 'RUS', level: 'MEDIUM', source: 'https://www.atlanticcouncil.org/blogs/natosource/nine-heads-of-state-call-on-alliance-to-strengthen-the-eastern-flank-of-nato', note: 'B9 declaration on long-term threats in the East.'},
  {from: 'CZE', to: 'RUS', level: 'MEDIUM', source: 'https://www.atlanticcouncil.org/blogs/natosource/nine-heads-of-state-call-on-alliance-to-strengthen-the-eastern-flank-of-nato', note: 'B9 declaration on long-term threats in the East.'},
  {from: 'SVK', to: 'RUS', level: 'MEDIUM', source: 'https://www.atlanticcouncil.org/blogs/natosource/nine-heads-of-state-call-on-alliance-to-strengthen-the-eastern-flank-of-nato', note: 'B9 declaration on long-term threats in the East (2015). The Slovak government has since taken a softer line on Russia.'},
  {from: 'HUN', to: 'RUS', level: 'LOW', source: 'https://www.atlanticcouncil.org/blogs/natosource/nine-heads-of-state-call-on-alliance-to-strengthen-the-eastern-flank-of-nato', note: 'Signed the B9 declaration (2015), but the Hungarian government has since taken a soft line on Russia.'},
  // China
  {from: 'USA', to: 'CHN', level: 'HIGH', source: 'seed:001_755de6303d100593', note: 'Sees China as a systemic rival and advocates deterrence and economic decoupling.'},
  {from: 'LTU', to: 'CHN', level: 'MEDIUM', source: 'seed:001_755de6303d100593', note: 'With the US, the only state in the study advocating deterrence and decoupling from China.'},
  {from: 'JPN', to: 'CHN', level: 'HIGH', source: 'seed:000_ee8646e08386c08b', note: 'Escalating strategic tensions with China, territorial disputes, latent arms race.'},
  {from: 'KOR', to: 'CHN', level: 'MEDIUM', source: 'seed:004_39558fe47b7b51a3', note: 'Tensions with China (seed 000) but wary of provoking it through an Asian NATO.'},
  {from: 'IND', to: 'CHN', level: 'MEDIUM', source: 'seed:000_ee8646e08386c08b', note: 'Escalating strategic tensions and territorial disputes with China, while sitting with it in BRICS and the SCO.'},
  {from: 'TWN', to: 'CHN', level: 'HIGH', source: 'seed:000_ee8646e08386c08b', note: 'Exposed to Chinese hybrid attacks if the US withdraws from global affairs.'},
  // North Korea
  {from: 'JPN', to: 'PRK', level: 'HIGH', source: 'seed:004_39558fe47b7b51a3', note: 'North Korean missile tests (December 2023).'},
  {from: 'KOR', to: 'PRK', level: 'HIGH', source: 'seed:004_39558fe47b7b51a3', note: 'North Korean missile tests (December 2023).'},
  // Middle East and South Asia
  {from: 'ISR', to: 'IRN', level: 'HIGH', source: 'seed:003_575ff4f10fe27a71', note: 'US-Israeli campaign against Iran (2026).'},
  {from: 'IRN', to: 'ISR', level: 'HIGH', source: 'seed:003_575ff4f10fe27a71', note: 'US-Israeli campaign against Iran (2026).'},
  {from: 'IRN', to: 'USA', level: 'HIGH', source: 'seed:003_575ff4f10fe27a71', note: 'US-Israeli campaign against Iran (2026).'},
  {from: 'IND', to: 'PAK', level: 'HIGH', source: 'https://newsable.asianetnews.com/world/pakistan-saudi-arabia-sign-strategic-mutual-defence-agreement-articleshow-kggpad8', note: 'Four-day conflict in May 2025 between the nuclear-armed neighbours.'},
  {from: 'PAK', to: 'IND', level: 'HIGH', source: 'https://newsable.asianetnews.com/world/pakistan-saudi-arabia-sign-strategic-mutual-defence-agreement-articleshow-kggpad8', note: 'Four-day conflict in May 2025 between the nuclear-armed neighbours.'},
  // South Caucasus
  {from: 'ARM', to: 'AZE', level: 'MEDIUM', source: 'https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news', note: 'In February 2024 Pashinyan called a fresh Azerbaijani attack very likely and froze CSTO participation because the CSTO had not helped. Medium rather than high because of the peace process with Azerbaijan since.'}
] AS row
OPTIONAL MATCH (a:State {id: row.from})
OPTIONAL MATCH (b:State {id: row.to})
WITH row, a, b, CASE WHEN a IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.from + ' -> ' + row.to) END AS missing
MERGE (a)-[t:PERCEIVES_THREAT]->(b)
SET t.level = row.level, t.source = row.source, t.note = row.note;
