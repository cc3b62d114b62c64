// CSTO memberships. since = entry into force of the Collective Security Treaty (1994-04-20) for its nine
// original parties (signatories of 1992 and the three states that acceded in 1993).
// Azerbaijan, Georgia and Uzbekistan did not sign the 1999 protocol extending the treaty and left when its first
// five-year term ended (until 1999-04-20). Uzbekistan rejoined in 2006 and its membership was suspended in 2012.
// Armenia froze its participation in February 2024 and had not formally left as of the seed of April 2026.
UNWIND [
  {state: 'ARM', status: 'MEMBER', since: '1994-04-20', until: '2024-02-22', note: 'Original signatory (Tashkent 1992). Full participation ended with the freeze announced 2024-02-22.'},
  {state: 'ARM', status: 'FROZEN', since: '2024-02-22', source: 'https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/',
   note: 'Prime Minister Pashinyan said on 2024-02-22 (France 24 interview) that Armenia had frozen its participation, the CSTO having failed its obligations in 2021-2022. No formal notification or withdrawal procedure. Armenia stopped funding the CSTO in May 2024 and says it considers itself outside the organisation, but it has not left (seed:003_575ff4f10fe27a71, April 2026: Armenia has effectively frozen its participation).'},
  {state: 'KAZ', status: 'MEMBER', since: '1994-04-20'},
  {state: 'KGZ', status: 'MEMBER', since: '1994-04-20'},
  {state: 'RUS', status: 'MEMBER', since: '1994-04-20', role: 'core state'},
  {state: 'TJK', status: 'MEMBER', since: '1994-04-20'},
  {state: 'BLR', status: 'MEMBER', since: '1994-04-20', note: 'Acceded to the treaty in 1993, before its entry into force.'},
  {state: 'AZE', status: 'MEMBER', since: '1994-04-20', until: '1999-04-20', source: 'https://24.kg/english/287523__Nikol_Pashinyan_announces_suspension_of_Armenias_participation_in_CSTO', note: 'Acceded in 1993. Did not sign the 1999 extension protocol.'},
  {state: 'GEO', status: 'MEMBER', since: '1994-04-20', until: '1999-04-20', source: 'https://24.kg/english/287523__Nikol_Pashinyan_announces_suspension_of_Armenias_participation_in_CSTO', note: 'Acceded in 1993. Did not sign the 1999 extension protocol.'},
  {state: 'UZB', status: 'MEMBER', since: '1994-04-20', until: '1999-04-20', source: 'https://24.kg/english/287523__Nikol_Pashinyan_announces_suspension_of_Armenias_participation_in_CSTO', note: 'Original signatory (Tashkent 1992). Did not sign the 1999 extension protocol.'},
  {state: 'UZB', status: 'MEMBER', since: '2006-06-23', until: '2012-12-19', source: 'https://panarmenian.net/m/eng/news/18523',
   note: 'Restored its membership at the CSTO summit in Minsk on 2006-06-23 (protocol dated 2006-08-16). Sent a note suspending its participation on 2012-06-28.'},
  {state: 'UZB', status: 'SUSPENDED', since: '2012-12-19', source: 'http://tass.com/russia/687141',
   note: 'The CSTO Collective Security Council suspended Uzbekistan membership at its request on 2012-12-19. Uzbekistan has not returned and its foreign policy concept excludes membership of military blocs. The CSTO counts six member states.'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: 'CSTO'})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> CSTO') END AS missing
MERGE (s)-[m:MEMBER_OF {since: date(row.since)}]->(b)
SET m.status = row.status, m.until = date(row.until), m.role = row.role, m.note = row.note,
    m.source = coalesce(row.source, 'https://en.odkb-csto.org/');
