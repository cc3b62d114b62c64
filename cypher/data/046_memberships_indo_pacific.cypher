// AUKUS, QUAD, ANZUS, CPTPP and FIVE_EYES memberships.
UNWIND [
  // AUKUS: announced 2021-09-15.
  {state: 'AUS', bloc: 'AUKUS', since: '2021-09-15', source: 'https://iaea.org/publications/documents/infcircs/communication-dated-15-september-2021-received-from-the-permanent-mission-of-the-united-states-of-america-to-agency'},
  {state: 'GBR', bloc: 'AUKUS', since: '2021-09-15', source: 'https://iaea.org/publications/documents/infcircs/communication-dated-15-september-2021-received-from-the-permanent-mission-of-the-united-states-of-america-to-agency'},
  {state: 'USA', bloc: 'AUKUS', since: '2021-09-15', source: 'https://iaea.org/publications/documents/infcircs/communication-dated-15-september-2021-received-from-the-permanent-mission-of-the-united-states-of-america-to-agency'},
  // QUAD: revived at the officials meeting in Manila, 2017-11-12.
  {state: 'AUS', bloc: 'QUAD', since: '2017-11-12', source: 'https://www.mofa.go.jp/press/release/press4e_001789.html'},
  {state: 'IND', bloc: 'QUAD', since: '2017-11-12', source: 'https://www.mofa.go.jp/press/release/press4e_001789.html', note: 'Also a BRICS and SCO member: sits in rival camps at once.'},
  {state: 'JPN', bloc: 'QUAD', since: '2017-11-12', source: 'https://www.mofa.go.jp/press/release/press4e_001789.html'},
  {state: 'USA', bloc: 'QUAD', since: '2017-11-12', source: 'https://www.mofa.go.jp/press/release/press4e_001789.html'},
  // ANZUS: in force 1952-04-29.
  {state: 'AUS', bloc: 'ANZUS', since: '1952-04-29', source: 'http://www.austlii.edu.au/au/other/dfat/treaties/1952/2.html'},
  {state: 'NZL', bloc: 'ANZUS', since: '1952-04-29', until: '1986-08-11', source: 'http://www.austlii.edu.au/au/other/dfat/treaties/1952/2.html'},
  {state: 'NZL', bloc: 'ANZUS', status: 'SUSPENDED', since: '1986-08-11', source: 'https://www.state.gov/collective-defense-arrangements/', note: 'The United States suspended its ANZUS security obligations towards New Zealand in August 1986 after New Zealand barred nuclear-armed and nuclear-powered ships. Never lifted. New Zealand remains a party and the treaty still binds Australia and New Zealand.'},
  {state: 'USA', bloc: 'ANZUS', since: '1952-04-29', source: 'http://www.austlii.edu.au/au/other/dfat/treaties/1952/2.html'},
  // CPTPP: entry into force for each party (New Zealand is the depositary).
  {state: 'AUS', bloc: 'CPTPP', since: '2018-12-30'},
  {state: 'CAN', bloc: 'CPTPP', since: '2018-12-30'},
  {state: 'JPN', bloc: 'CPTPP', since: '2018-12-30'},
  {state: 'MEX', bloc: 'CPTPP', since: '2018-12-30'},
  {state: 'NZL', bloc: 'CPTPP', since: '2018-12-30'},
  {state: 'SGP', bloc: 'CPTPP', since: '2018-12-30'},
  {state: 'VNM', bloc: 'CPTPP', since: '2019-01-14'},
  {state: 'PER', bloc: 'CPTPP', since: '2021-09-19'},
  {state: 'MYS', bloc: 'CPTPP', since: '2022-11-29'},
  {state: 'CHL', bloc: 'CPTPP', since: '2023-02-21', source: 'https://wikimili.com/en/Member_states_of_the_Comprehensive_and_Progressive_Agreement_for_Trans-Pacific_Partnership', note: 'One source gives 2023-02-20.'},
  {state: 'BRN', bloc: 'CPTPP', since: '2023-07-12', source: 'https://wikimili.com/en/Member_states_of_the_Comprehensive_and_Progressive_Agreement_for_Trans-Pacific_Partnership'},
  {state: 'GBR', bloc: 'CPTPP', since: '2024-12-15', source: 'https://wikimili.com/en/Member_states_of_the_Comprehensive_and_Progressive_Agreement_for_Trans-Pacific_Partnership', note: 'First party to accede after the original signatories (accession protocol signed 2023-07-16).'},
  // FIVE_EYES: UKUSA Agreement of 1946-03-05. The days Canada (1948), Australia and New Zealand (1956) joined
  // are not public: since is the first day their membership is certain (1 January of the following year).
  {state: 'GBR', bloc: 'FIVE_EYES', since: '1946-03-05'},
  {state: 'USA', bloc: 'FIVE_EYES', since: '1946-03-05'},
  {state: 'CAN', bloc: 'FIVE_EYES', since: '1949-01-01', note: 'Joined in 1948, day not public: since is the first day membership is certain.'},
  {state: 'AUS', bloc: 'FIVE_EYES', since: '1957-01-01', note: 'Joined in 1956, day not public: since is the first day membership is certain.'},
  {state: 'NZL', bloc: 'FIVE_EYES', since: '1957-01-01', note: 'Joined in 1956, day not public: since is the first day membership is certain.'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: row.bloc})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> ' + row.bloc) END AS missing
MERGE (s)-[m:MEMBER_OF {since: date(row.since)}]->(b)
SET m.status = coalesce(row.status, 'MEMBER'), m.until = date(row.until), m.role = row.role, m.note = row.note,
    m.source = coalesce(row.source, b.source);
