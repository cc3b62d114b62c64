// EU memberships (continuous from the EEC, see the EU bloc note) and applicants.
// since = accession date. until = the first day no longer a member (the UK left at the end of 2020-01-31).
// APPLICANT since = date of the membership application, candidate status in the note.
// Other candidates and applicants (Western Balkans, Kosovo) are not modelled yet.
UNWIND [
  {state: 'BEL', status: 'MEMBER', since: '1958-01-01'},
  {state: 'DEU', status: 'MEMBER', since: '1958-01-01', note: 'As the Federal Republic of Germany. The territory of the former GDR joined with reunification on 1990-10-03.'},
  {state: 'FRA', status: 'MEMBER', since: '1958-01-01'},
  {state: 'ITA', status: 'MEMBER', since: '1958-01-01'},
  {state: 'LUX', status: 'MEMBER', since: '1958-01-01'},
  {state: 'NLD', status: 'MEMBER', since: '1958-01-01'},
  {state: 'DNK', status: 'MEMBER', since: '1973-01-01'},
  {state: 'IRL', status: 'MEMBER', since: '1973-01-01'},
  {state: 'GBR', status: 'MEMBER', since: '1973-01-01', until: '2020-02-01', source: 'https://commission.europa.eu/strategy-and-policy/relations-united-kingdom/eu-uk-withdrawal-agreement_en', note: 'Left the EU at the end of 2020-01-31 under the Withdrawal Agreement.'},
  {state: 'GRC', status: 'MEMBER', since: '1981-01-01'},
  {state: 'ESP', status: 'MEMBER', since: '1986-01-01'},
  {state: 'PRT', status: 'MEMBER', since: '1986-01-01'},
  {state: 'AUT', status: 'MEMBER', since: '1995-01-01'},
  {state: 'FIN', status: 'MEMBER', since: '1995-01-01'},
  {state: 'SWE', status: 'MEMBER', since: '1995-01-01'},
  {state: 'CYP', status: 'MEMBER', since: '2004-05-01'},
  {state: 'CZE', status: 'MEMBER', since: '2004-05-01'},
  {state: 'EST', status: 'MEMBER', since: '2004-05-01'},
  {state: 'HUN', status: 'MEMBER', since: '2004-05-01'},
  {state: 'LVA', status: 'MEMBER', since: '2004-05-01'},
  {state: 'LTU', status: 'MEMBER', since: '2004-05-01'},
  {state: 'MLT', status: 'MEMBER', since: '2004-05-01'},
  {state: 'POL', status: 'MEMBER', since: '2004-05-01'},
  {state: 'SVK', status: 'MEMBER', since: '2004-05-01'},
  {state: 'SVN', status: 'MEMBER', since: '2004-05-01'},
  {state: 'BGR', status: 'MEMBER', since: '2007-01-01'},
  {state: 'ROU', status: 'MEMBER', since: '2007-01-01'},
  {state: 'HRV', status: 'MEMBER', since: '2013-07-01'},
  {state: 'TUR', status: 'APPLICANT', since: '1987-04-14', source: 'https://www.consilium.europa.eu/en/policies/enlargement/', note: 'Candidate since the Helsinki European Council of December 1999. Accession negotiations have been at a standstill since 2018.'},
  {state: 'UKR', status: 'APPLICANT', since: '2022-02-28', source: 'https://www.consilium.europa.eu/en/policies/enlargement/', note: 'Candidate status granted 2022-06-23.'},
  {state: 'MDA', status: 'APPLICANT', since: '2022-03-03', source: 'https://www.consilium.europa.eu/en/policies/enlargement/', note: 'Candidate status granted 2022-06-23.'},
  {state: 'GEO', status: 'APPLICANT', since: '2022-03-03', source: 'https://www.consilium.europa.eu/en/policies/enlargement/', note: 'Candidate status granted 2023-12-14. The accession process has been de facto halted since 2024.'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: 'EU'})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> EU') END AS missing
MERGE (s)-[m:MEMBER_OF {since: date(row.since)}]->(b)
SET m.status = row.status, m.until = date(row.until), m.role = row.role, m.note = row.note,
    m.source = coalesce(row.source, 'https://european-union.europa.eu/principles-countries-history/eu-countries_en');
