// Extended (nuclear) deterrence: (:State)-[:EXTENDS_DETERRENCE {since, via, source, note}]->(:State),
// guarantor -> protected. via = the bloc code the guarantee runs through. One edge per ordered pair.
// Only explicit umbrellas are modelled: the independent deterrents of the UK and France contribute to NATO
// deterrence (NATO 2022 Strategic Concept) but extend no separate guarantee here.

// The US umbrella over every other NATO member, derived from current NATO memberships: since = accession.
MATCH (us:State {id: 'USA'})-[:MEMBER_OF {status: 'MEMBER'}]->(nato:Bloc {code: 'NATO'})
MATCH (ally:State)-[m:MEMBER_OF {status: 'MEMBER'}]->(nato)
WHERE ally <> us AND m.until IS NULL
MERGE (us)-[d:EXTENDS_DETERRENCE]->(ally)
SET d.since = m.since, d.via = 'NATO',
    d.source = 'https://www.nato.int/cps/en/natohq/topics_50068.htm',
    d.note = CASE ally.id
      WHEN 'FRA' THEN 'France relies first on its own independent deterrent (seed:001_755de6303d100593).'
      WHEN 'GBR' THEN 'The UK has its own deterrent, committed to NATO.'
      ELSE 'Most experts see no realistic national or European alternative to the US nuclear umbrella (seed:001_755de6303d100593).' END;

// Bilateral and other umbrellas.
UNWIND [
  {from: 'USA', to: 'JPN', since: '1960-06-23', via: 'US_JPN', source: 'https://www.mofa.go.jp/region/n-america/us/q&a/ref/1.html', note: 'US extended deterrence, including nuclear, under the 1960 security treaty.'},
  {from: 'USA', to: 'KOR', since: '1954-11-17', via: 'US_KOR', source: 'https://avalon.law.yale.edu/20th_century/kor001.asp', note: 'US extended deterrence under the 1953 Mutual Defense Treaty, reinforced by the Washington Declaration of 2023-04-26 (Nuclear Consultative Group).'},
  {from: 'USA', to: 'AUS', since: '1952-04-29', via: 'ANZUS', source: 'http://www.austlii.edu.au/au/other/dfat/treaties/1952/2.html', note: 'US extended deterrence under ANZUS.'},
  {from: 'RUS', to: 'BLR', since: '2024-11-19', via: 'UNION_STATE', source: 'https://www.devdiscourse.com/article/politics/3184616-update-2-russia-and-belarus-sign-treaty-on-security-guarantees-tass-says', note: 'The revised Russian nuclear doctrine (2024-11-19) extended the Russian nuclear umbrella to Belarus, confirmed by the Union State security guarantees treaty signed 2024-12-06. Russian tactical nuclear weapons are deployed in Belarus.'}
] AS row
OPTIONAL MATCH (a:State {id: row.from})
OPTIONAL MATCH (b:State {id: row.to})
WITH row, a, b, CASE WHEN a IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.from + ' -> ' + row.to) END AS missing
MERGE (a)-[d:EXTENDS_DETERRENCE]->(b)
SET d.since = date(row.since), d.via = row.via, d.source = row.source, d.note = row.note;
