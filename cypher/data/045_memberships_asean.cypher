// ASEAN memberships. since = admission date.
UNWIND [
  {state: 'IDN', since: '1967-08-08', note: 'Founding member (Bangkok Declaration).'},
  {state: 'MYS', since: '1967-08-08', note: 'Founding member (Bangkok Declaration).'},
  {state: 'PHL', since: '1967-08-08', note: 'Founding member (Bangkok Declaration).'},
  {state: 'SGP', since: '1967-08-08', note: 'Founding member (Bangkok Declaration).'},
  {state: 'THA', since: '1967-08-08', note: 'Founding member (Bangkok Declaration).'},
  {state: 'BRN', since: '1984-01-07'},
  {state: 'VNM', since: '1995-07-28'},
  {state: 'LAO', since: '1997-07-23'},
  {state: 'MMR', since: '1997-07-23'},
  {state: 'KHM', since: '1999-04-30'},
  {state: 'TLS', since: '2025-10-26', source: 'https://ianslive.in/timor-leste-becomes-11th-member-of-asean--20251026134029', note: 'Admitted as the 11th member at the 47th ASEAN Summit in Kuala Lumpur. Had observer status from 2022 (not modelled).'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: 'ASEAN'})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> ASEAN') END AS missing
MERGE (s)-[m:MEMBER_OF {since: date(row.since)}]->(b)
SET m.status = 'MEMBER', m.until = date(row.until), m.note = row.note,
    m.source = coalesce(row.source, 'https://asean.org/');
