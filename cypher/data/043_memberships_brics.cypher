// BRICS memberships and partner countries.
// Founders: since = the first BRIC leaders summit, Yekaterinburg 2009-06-16.
// South Africa: since = 2010-12-24, the day China as chair announced that BRIC had accepted South Africa as a
// full member (the group became BRICS). South Africa first attended a summit in Sanya in April 2011.
// 2024 enlargement: Egypt, Ethiopia, Iran and the UAE from 2024-01-01. Saudi Arabia was invited but has not
// confirmed: no edge (see the BRICS bloc note). Argentina declined.
// Partner countries (category created at the Kazan summit, October 2024): announced by Brazil as chair.
UNWIND [
  {state: 'BRA', status: 'MEMBER', since: '2009-06-16'},
  {state: 'RUS', status: 'MEMBER', since: '2009-06-16'},
  {state: 'IND', status: 'MEMBER', since: '2009-06-16'},
  {state: 'CHN', status: 'MEMBER', since: '2009-06-16'},
  {state: 'ZAF', status: 'MEMBER', since: '2010-12-24', source: 'http://mg.co.za/print/2010-12-24-south-africa-invited-to-join-bric-group',
   note: 'Accepted as a full member on 2010-12-24 (announcement by China as BRIC chair). First summit attended: Sanya, April 2011.'},
  {state: 'EGY', status: 'MEMBER', since: '2024-01-01', source: 'https://www.dailysabah.com/world/asia-pacific/indonesia-officially-becomes-brics-member-brazil', note: 'Invited at the Johannesburg summit (August 2023).'},
  {state: 'ETH', status: 'MEMBER', since: '2024-01-01', source: 'https://www.dailysabah.com/world/asia-pacific/indonesia-officially-becomes-brics-member-brazil', note: 'Invited at the Johannesburg summit (August 2023).'},
  {state: 'IRN', status: 'MEMBER', since: '2024-01-01', source: 'https://www.dailysabah.com/world/asia-pacific/indonesia-officially-becomes-brics-member-brazil', note: 'Invited at the Johannesburg summit (August 2023).'},
  {state: 'ARE', status: 'MEMBER', since: '2024-01-01', source: 'https://www.dailysabah.com/world/asia-pacific/indonesia-officially-becomes-brics-member-brazil', note: 'Invited at the Johannesburg summit (August 2023).'},
  {state: 'IDN', status: 'MEMBER', since: '2025-01-06', source: 'https://sputnikglobe.com/20250106/brazil-announces-indonesia-joined-brics-as-full-member-1121370949.html',
   note: 'Admission announced by Brazil as chair on 2025-01-06.'},
  {state: 'BLR', status: 'PARTNER', since: '2025-01-01'},
  {state: 'BOL', status: 'PARTNER', since: '2025-01-01'},
  {state: 'KAZ', status: 'PARTNER', since: '2025-01-01', note: 'Listed by Brazil as a partner from 2025-01-01. In late 2024 Kazakh officials had said Kazakhstan would not take up the offer for now.'},
  {state: 'CUB', status: 'PARTNER', since: '2025-01-01'},
  {state: 'MYS', status: 'PARTNER', since: '2025-01-01'},
  {state: 'THA', status: 'PARTNER', since: '2025-01-01'},
  {state: 'UGA', status: 'PARTNER', since: '2025-01-01'},
  {state: 'UZB', status: 'PARTNER', since: '2025-01-01'},
  {state: 'NGA', status: 'PARTNER', since: '2025-01-17', source: 'https://eadaily.com/ru/news/2025/01/18/nigeriya-stala-partnerom-briks', note: 'Announced by Brazil as chair on 2025-01-17.'},
  {state: 'VNM', status: 'PARTNER', since: '2025-06-13', source: 'https://theotherukraine.info/2025/06/14/vetnam-stal-partnerom-briks', note: 'Announced by Brazil as chair (tenth partner country).'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: 'BRICS'})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> BRICS') END AS missing
MERGE (s)-[m:MEMBER_OF {since: date(row.since)}]->(b)
SET m.status = row.status, m.until = date(row.until), m.role = row.role, m.note = row.note,
    m.source = coalesce(row.source, CASE row.status WHEN 'PARTNER' THEN 'https://eadaily.com/ru/news/2025/01/18/nigeriya-stala-partnerom-briks' ELSE 'https://www.business-standard.com/amp/world-news/brazil-admits-indonesia-as-new-member-of-brics-bloc-of-developing-nations-125010700094_1.html' END);
