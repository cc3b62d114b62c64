// SCO memberships, observers, dialogue partners and partners. A status change is a new edge: the earlier edge
// gets until = the later edge's since.
// At the Tianjin summit (2025-09-01) the SCO merged observers and dialogue partners into one category, SCO
// partner, and admitted Laos: every observer and dialogue partner edge ends on 2025-09-01 and a PARTNER edge begins.
// Left out (day not certain): Belarus and Sri Lanka as dialogue partners from 2009, and the dialogue-partner
// status of Saudi Arabia, Bahrain, Kuwait, the Maldives, Myanmar and the UAE before 2025 (decided 2021-2022,
// memoranda signed on various dates). They appear as PARTNER from 2025-09-01.
UNWIND [
  // Founders
  {state: 'CHN', status: 'MEMBER', since: '2001-06-15'},
  {state: 'KAZ', status: 'MEMBER', since: '2001-06-15'},
  {state: 'KGZ', status: 'MEMBER', since: '2001-06-15'},
  {state: 'RUS', status: 'MEMBER', since: '2001-06-15'},
  {state: 'TJK', status: 'MEMBER', since: '2001-06-15'},
  {state: 'UZB', status: 'MEMBER', since: '2001-06-15'},
  // Observers who became members
  {state: 'IND', status: 'OBSERVER', since: '2005-07-05', until: '2017-06-09', note: 'Observer status granted at the Astana summit.'},
  {state: 'IND', status: 'MEMBER', since: '2017-06-09', note: 'Admitted at the Astana summit.'},
  {state: 'PAK', status: 'OBSERVER', since: '2005-07-05', until: '2017-06-09', note: 'Observer status granted at the Astana summit.'},
  {state: 'PAK', status: 'MEMBER', since: '2017-06-09', note: 'Admitted at the Astana summit.'},
  {state: 'IRN', status: 'OBSERVER', since: '2005-07-05', until: '2023-07-04', note: 'Observer status granted at the Astana summit.'},
  {state: 'IRN', status: 'MEMBER', since: '2023-07-04', note: 'Admitted at the (virtual) New Delhi summit. Largely absent from SCO discussion of the 2026 war against Iran (seed:003_575ff4f10fe27a71).'},
  {state: 'BLR', status: 'OBSERVER', since: '2015-07-10', until: '2024-07-04', note: 'Observer status granted at the Ufa summit.'},
  {state: 'BLR', status: 'MEMBER', since: '2024-07-04', note: 'Admitted at the Astana summit.'},
  // Observers
  {state: 'MNG', status: 'OBSERVER', since: '2004-06-17', until: '2025-09-01', note: 'First SCO observer, granted at the Tashkent summit.'},
  {state: 'AFG', status: 'OBSERVER', since: '2012-06-07', until: '2025-09-01', note: 'Granted at the Beijing summit. Has not taken part since the Taliban takeover of 2021.'},
  // Dialogue partners
  {state: 'TUR', status: 'DIALOGUE_PARTNER', since: '2012-06-07', until: '2025-09-01', source: 'http://www.mfa.gov.tr/qa_3_-5-february-2013_-statement-of-the-spokesman-of-the-ministry-of-foreign-affairs-of-turkey-in-response-to-a-question-regarding-turkey_s-dialogue-partnership-to-the-shanghai-cooperation-organization.en.mfa',
   note: 'Approved at the Beijing summit of 6-7 June 2012, memorandum signed 2013-04-26. A NATO member hedging between camps (seed:001_755de6303d100593).'},
  {state: 'ARM', status: 'DIALOGUE_PARTNER', since: '2015-07-10', until: '2025-09-01', note: 'Granted at the Ufa summit.'},
  {state: 'AZE', status: 'DIALOGUE_PARTNER', since: '2015-07-10', until: '2025-09-01', note: 'Granted at the Ufa summit.'},
  {state: 'KHM', status: 'DIALOGUE_PARTNER', since: '2015-07-10', until: '2025-09-01', note: 'Granted at the Ufa summit.'},
  {state: 'NPL', status: 'DIALOGUE_PARTNER', since: '2015-07-10', until: '2025-09-01', note: 'Granted at the Ufa summit.'},
  {state: 'EGY', status: 'DIALOGUE_PARTNER', since: '2022-09-14', until: '2025-09-01', source: 'https://newsghana.com.gh/egypt-and-qatar-granted-status-of-sco-dialogue-partner/', note: 'Memorandum signed in Tashkent.'},
  {state: 'QAT', status: 'DIALOGUE_PARTNER', since: '2022-09-14', until: '2025-09-01', source: 'https://newsghana.com.gh/egypt-and-qatar-granted-status-of-sco-dialogue-partner/', note: 'Memorandum signed in Tashkent.'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: 'SCO'})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> SCO') END AS missing
MERGE (s)-[m:MEMBER_OF {since: date(row.since)}]->(b)
SET m.status = row.status, m.until = date(row.until), m.role = row.role, m.note = row.note,
    m.source = coalesce(row.source, 'https://eng.sectsco.org/');

// SCO partners from the Tianjin decision (2025-09-01): the 2 former observers, the 14 former dialogue partners, and Laos.
UNWIND ['AFG', 'MNG', 'ARM', 'AZE', 'BHR', 'EGY', 'KHM', 'QAT', 'KWT', 'MDV', 'MMR', 'NPL', 'ARE', 'SAU', 'TUR', 'LKA', 'LAO'] AS id
OPTIONAL MATCH (s:State {id: id})
OPTIONAL MATCH (b:Bloc {code: 'SCO'})
WITH id, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + id + ' -> SCO') END AS missing
MERGE (s)-[m:MEMBER_OF {since: date('2025-09-01')}]->(b)
SET m.status = 'PARTNER',
    m.note = CASE id WHEN 'LAO' THEN 'Admitted as partner at the Tianjin summit.' ELSE 'Observers and dialogue partners unified into the single category of SCO partner at the Tianjin summit.' END,
    m.source = 'https://tass.com/world/2010381';
