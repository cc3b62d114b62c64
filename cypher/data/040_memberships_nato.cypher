// NATO memberships, partners and applicants.
// since = the date the state became a party to the North Atlantic Treaty: entry into force (1949-08-24) for the
// twelve founders, the deposit of the instrument of accession for the others (NATO: member countries).
// A status change is a new edge. Leaving NATO's integrated military command (France 1966-2009, Greece 1974-1980)
// is not a membership change and is recorded as a note.
// OPTIONAL MATCH + the date() guard fail the statement loudly if a state or bloc id is missing.
UNWIND [
  {state: 'BEL', since: '1949-08-24'},
  {state: 'CAN', since: '1949-08-24'},
  {state: 'DNK', since: '1949-08-24'},
  {state: 'FRA', since: '1949-08-24', note: 'Left NATO integrated military command in 1966 and returned in 2009, never left the Alliance. Keeps an independent nuclear deterrent outside NATO nuclear planning and approaches a possible US withdrawal with strategic composure (seed:001_755de6303d100593).'},
  {state: 'ISL', since: '1949-08-24', note: 'Founding member without armed forces of its own.'},
  {state: 'ITA', since: '1949-08-24'},
  {state: 'LUX', since: '1949-08-24'},
  {state: 'NLD', since: '1949-08-24'},
  {state: 'NOR', since: '1949-08-24'},
  {state: 'PRT', since: '1949-08-24'},
  {state: 'GBR', since: '1949-08-24'},
  {state: 'USA', since: '1949-08-24', role: 'depositary', note: 'A formal US withdrawal is debated but considered unlikely (seed:001_755de6303d100593). In 2026 the US Secretary of State said the arrangement would have to be re-examined after allies denied basing rights (seed:003_575ff4f10fe27a71).'},
  {state: 'GRC', since: '1952-02-18', note: 'Withdrew from NATO integrated military structure 1974-1980, not a membership change.'},
  {state: 'TUR', since: '1952-02-18', note: 'Hedges: sees NATO as an insurance policy rather than the central pillar of its security, keeps multiple options open and is the only NATO member in the study calling for closer political cooperation with China (seed:001_755de6303d100593). Also an SCO dialogue partner since 2012.'},
  {state: 'DEU', since: '1955-05-06', source: 'https://www.nato.int/cps/en/natohq/news_121253.htm', note: 'The Federal Republic of Germany (West Germany) deposited its instrument of accession on 1955-05-06. The territory of the former GDR joined with German reunification on 1990-10-03.'},
  {state: 'ESP', since: '1982-05-30', note: 'In 2026 Spain was the first ally to refuse the United States the use of its bases and airspace for the war against Iran (seed:003_575ff4f10fe27a71).'},
  {state: 'CZE', since: '1999-03-12'},
  {state: 'HUN', since: '1999-03-12'},
  {state: 'POL', since: '1999-03-12'},
  {state: 'BGR', since: '2004-03-29'},
  {state: 'EST', since: '2004-03-29'},
  {state: 'LVA', since: '2004-03-29'},
  {state: 'LTU', since: '2004-03-29'},
  {state: 'ROU', since: '2004-03-29'},
  {state: 'SVK', since: '2004-03-29'},
  {state: 'SVN', since: '2004-03-29'},
  {state: 'ALB', since: '2009-04-01'},
  {state: 'HRV', since: '2009-04-01'},
  {state: 'MNE', since: '2017-06-05'},
  {state: 'MKD', since: '2020-03-27', note: 'Joined as North Macedonia.'},
  {state: 'FIN', since: '2023-04-04'},
  {state: 'SWE', since: '2024-03-07'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: 'NATO'})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> NATO') END AS missing
MERGE (s)-[m:MEMBER_OF {since: date(row.since)}]->(b)
SET m.status = 'MEMBER', m.until = date(row.until), m.role = row.role, m.note = row.note,
    m.source = coalesce(row.source, 'https://www.nato.int/cps/en/natohq/topics_52044.htm');

// The Indo-Pacific partners (IP4). NATO partnerships with each of them are older (individual programmes),
// since is the first NATO summit the four leaders attended together (Madrid, 2022-06-29), from which the IP4
// format is counted. Their leaders attended again in 2023 and 2024 (seed:004_39558fe47b7b51a3).
UNWIND [
  {state: 'AUS'},
  {state: 'JPN', note: 'Individually Tailored Partnership Programme agreed in July 2023 (seed:004_39558fe47b7b51a3).'},
  {state: 'KOR', note: 'Concerned that an Asian NATO could provoke China (seed:004_39558fe47b7b51a3).'},
  {state: 'NZL', note: 'Hesitant about closer ties with NATO (seed:004_39558fe47b7b51a3).'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: 'NATO'})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> NATO') END AS missing
MERGE (s)-[m:MEMBER_OF {since: date('2022-06-29')}]->(b)
SET m.status = 'PARTNER', m.role = 'IP4',
    m.note = trim('Indo-Pacific partner (IP4), leaders at NATO summits since 2022 (seed:004_39558fe47b7b51a3). since = first NATO summit attended by the four IP4 leaders together (Madrid), not the start of the partnership. ' + coalesce(row.note, '')),
    m.source = 'https://www.nato.int/cps/en/natohq/topics_183254.htm';

// Applicant.
OPTIONAL MATCH (s:State {id: 'UKR'})
OPTIONAL MATCH (b:Bloc {code: 'NATO'})
WITH s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: UKR -> NATO') END AS missing
MERGE (s)-[m:MEMBER_OF {since: date('2022-09-30')}]->(b)
SET m.status = 'APPLICANT',
    m.note = 'Ukraine submitted an application for accelerated accession on 2022-09-30. Whether it should join depends, for many allies, on how they perceive the Russian threat (seed:001_755de6303d100593).',
    m.source = 'https://www.nato.int/cps/en/natohq/topics_37750.htm';
