// Parties to the bilateral treaties. since = the treaty's founded date (entry into force where known).
UNWIND [
  {state: 'USA', bloc: 'US_JPN', since: '1960-06-23', role: 'guarantor'},
  {state: 'JPN', bloc: 'US_JPN', since: '1960-06-23', role: 'host', note: 'Grants the US the use of facilities and areas in Japan (Article VI).'},
  {state: 'USA', bloc: 'US_KOR', since: '1954-11-17'},
  {state: 'KOR', bloc: 'US_KOR', since: '1954-11-17'},
  {state: 'USA', bloc: 'US_PHL', since: '1952-08-27'},
  {state: 'PHL', bloc: 'US_PHL', since: '1952-08-27'},
  {state: 'RUS', bloc: 'RUS_PRK', since: '2024-12-04'},
  {state: 'PRK', bloc: 'RUS_PRK', since: '2024-12-04'},
  {state: 'CHN', bloc: 'CHN_PRK', since: '1961-09-10'},
  {state: 'PRK', bloc: 'CHN_PRK', since: '1961-09-10'},
  {state: 'RUS', bloc: 'RUS_ARM', since: '1997-08-29'},
  {state: 'ARM', bloc: 'RUS_ARM', since: '1997-08-29', note: 'Armenia keeps this treaty and the Russian base in Gyumri while its CSTO participation is frozen: Pashinyan said the base is a separate legal framework (https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/).'},
  {state: 'TUR', bloc: 'TUR_AZE', since: '2021-06-15'},
  {state: 'AZE', bloc: 'TUR_AZE', since: '2021-06-15'},
  {state: 'SAU', bloc: 'SAU_PAK', since: '2025-09-17'},
  {state: 'PAK', bloc: 'SAU_PAK', since: '2025-09-17'},
  {state: 'RUS', bloc: 'RUS_IRN', since: '2025-10-02'},
  {state: 'IRN', bloc: 'RUS_IRN', since: '2025-10-02'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: row.bloc})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> ' + row.bloc) END AS missing
MERGE (s)-[m:MEMBER_OF {since: date(row.since)}]->(b)
SET m.status = 'MEMBER', m.until = date(row.until), m.role = row.role, m.note = row.note,
    m.source = coalesce(row.source, b.source);
