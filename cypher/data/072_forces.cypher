// Foreign forces stationed: (:State)-[:HOSTS_FORCES_OF {since, source, note}]->(:State), host -> foreign state.
// One edge per ordered pair. since is left out (null) where the day is not certain, the note says what is known.
// NATO's forward presence battlegroups are recorded by lead (framework) nation only.
UNWIND [
  // NATO forward land forces on the eastern flank (battlegroups from 2017, four more from 2022)
  {host: 'POL', guest: 'USA', source: 'https://www.nato.int/cps/en/natohq/topics_136388.htm', note: 'US-led NATO forward presence battlegroup since 2017, plus US forces under bilateral arrangements (tripwire).'},
  {host: 'EST', guest: 'GBR', source: 'https://www.nato.int/cps/en/natohq/topics_136388.htm', note: 'UK-led NATO forward presence battlegroup (Tapa) since 2017.'},
  {host: 'LVA', guest: 'CAN', source: 'https://www.nato.int/cps/en/natohq/topics_136388.htm', note: 'Canada-led NATO forward presence battlegroup (Adazi) since 2017.'},
  {host: 'LTU', guest: 'DEU', source: 'https://www.nato.int/cps/en/natohq/topics_136388.htm', note: 'Germany-led NATO forward presence battlegroup since 2017. Germany is building up a permanently stationed brigade in Lithuania.'},
  {host: 'SVK', guest: 'CZE', source: 'https://www.nato.int/cps/en/natohq/topics_136388.htm', note: 'Czech-led NATO forward land forces since 2022.'},
  {host: 'ROU', guest: 'FRA', source: 'https://www.nato.int/cps/en/natohq/topics_136388.htm', note: 'France-led NATO forward land forces since 2022.'},
  {host: 'BGR', guest: 'ITA', source: 'https://www.nato.int/cps/en/natohq/topics_136388.htm', note: 'Italy-led NATO forward land forces since 2022.'},
  // US forces in Europe
  {host: 'DEU', guest: 'USA', source: 'https://www.eucom.mil/', note: 'Largest US presence in Europe, since 1945.'},
  {host: 'ITA', guest: 'USA', source: 'https://www.eucom.mil/'},
  {host: 'GBR', guest: 'USA', source: 'https://www.eucom.mil/'},
  {host: 'TUR', guest: 'USA', source: 'https://www.eucom.mil/', note: 'Incirlik air base.'},
  {host: 'ESP', guest: 'USA', since: '1953-09-26', source: 'seed:003_575ff4f10fe27a71',
   note: 'US bases at Rota and Moron since the 1953 Pact of Madrid. In 2026 Spain refused the US the use of its bases and airspace for operations against Iran, the first ally to do so.'},
  // US forces in Asia
  {host: 'JPN', guest: 'USA', since: '1952-04-28', source: 'https://www.mofa.go.jp/region/n-america/us/q&a/ref/1.html', note: 'Under the 1951 Security Treaty (in force 1952-04-28), then Article VI of the 1960 treaty.'},
  {host: 'KOR', guest: 'USA', since: '1954-11-17', source: 'https://avalon.law.yale.edu/20th_century/kor001.asp', note: 'Stationing right under Article IV of the Mutual Defense Treaty. US forces present since the Korean War.'},
  // Russian forces
  {host: 'BLR', guest: 'RUS', source: 'https://www.themoscowtimes.com/2024/12/05/putin-orders-signing-of-russia-belarus-security-deal-a87241', note: 'Russian troops used Belarus as a staging ground in February 2022. Russian tactical nuclear weapons deployed since 2023.'},
  {host: 'ARM', guest: 'RUS', source: 'http://www.panarmenian.net/eng/world/news/65584/', note: 'Russian 102nd military base in Gyumri under a 1995 treaty, extended in 2010 to 2044. Kept while Armenia froze its CSTO participation, a separate legal framework.'}
] AS row
OPTIONAL MATCH (h:State {id: row.host})
OPTIONAL MATCH (g:State {id: row.guest})
WITH row, h, g, CASE WHEN h IS NULL OR g IS NULL THEN date('missing endpoint: ' + row.host + ' -> ' + row.guest) END AS missing
MERGE (h)-[f:HOSTS_FORCES_OF]->(g)
SET f.since = date(row.since), f.source = row.source, f.note = row.note;
