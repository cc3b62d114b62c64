// Capability: nuclear-armed status, permanent seats on the UN Security Council, military expenditure.
// A figure we are not sure of is left out (null): only the 40 largest spenders of SIPRI's 2025 data are set.

// Defaults first (certain for every state not listed below), then the exceptions.
MATCH (s:State)
SET s.nuclearArmed = false, s.p5 = false;

// The nine nuclear-armed states (SIPRI Yearbook, world nuclear forces).
UNWIND [
  {id: 'USA', note: 'NPT nuclear-weapon state. Its strategic forces are the supreme guarantee of NATO security (NATO 2022 Strategic Concept).'},
  {id: 'RUS', note: 'NPT nuclear-weapon state. Russian tactical nuclear weapons deployed in Belarus since 2023.'},
  {id: 'CHN', note: 'NPT nuclear-weapon state.'},
  {id: 'GBR', note: 'NPT nuclear-weapon state. Its deterrent is committed to the defence of NATO.'},
  {id: 'FRA', note: 'NPT nuclear-weapon state. Independent deterrent outside NATO nuclear planning (France does not sit in the Nuclear Planning Group). Paris does not see its security as primarily dependent on Washington (seed:001_755de6303d100593).'},
  {id: 'IND', note: 'Outside the NPT.'},
  {id: 'PAK', note: 'Outside the NPT.'},
  {id: 'PRK', note: 'Withdrew from the NPT (announced 2003).'},
  {id: 'ISR', note: 'Outside the NPT. Neither confirms nor denies its arsenal. SIPRI counts it among the nine nuclear-armed states.'}
] AS row
OPTIONAL MATCH (s:State {id: row.id})
WITH row, s, CASE WHEN s IS NULL THEN date('missing state: ' + row.id) END AS missing
SET s.nuclearArmed = true, s.nuclearNote = row.note, s.nuclearSource = 'https://www.sipri.org/yearbook';

// Permanent members of the UN Security Council (UN Charter, Article 23).
UNWIND ['CHN', 'FRA', 'RUS', 'GBR', 'USA'] AS id
OPTIONAL MATCH (s:State {id: id})
WITH id, s, CASE WHEN s IS NULL THEN date('missing state: ' + id) END AS missing
SET s.p5 = true, s.p5Source = 'https://www.un.org/en/about-us/un-charter/chapter-5';

// Military expenditure 2025, current US$ billion, SIPRI Military Expenditure Database (April 2026 release),
// the 40 largest spenders as published. The top 20 are rounded to the nearest billion in the cited summary.
// Not set (no figure we are sure of): every other state, including smaller NATO, CSTO and treaty members.
// SIPRI has no 2025 figure for North Korea, the UAE, Qatar, Uzbekistan, Turkmenistan, Cuba and others.
UNWIND [
  ['USA', 954.0], ['CHN', 336.0], ['RUS', 190.0], ['DEU', 114.0], ['IND', 92.0],
  ['GBR', 89.0], ['UKR', 84.0], ['SAU', 83.0], ['FRA', 68.0], ['JPN', 62.0],
  ['ISR', 48.0], ['ITA', 48.0], ['KOR', 48.0], ['POL', 47.0], ['ESP', 40.0],
  ['CAN', 37.0], ['AUS', 35.0], ['TUR', 30.0], ['NLD', 29.0], ['DZA', 25.0],
  ['BRA', 24.0], ['TWN', 18.2], ['SGP', 17.4], ['NOR', 17.0], ['SWE', 16.5],
  ['IDN', 15.0], ['DNK', 14.9], ['BEL', 14.5], ['COL', 14.5], ['MEX', 13.6],
  ['PAK', 11.9], ['VNM', 10.5], ['ROU', 9.7], ['GRC', 8.4], ['KWT', 8.1],
  ['FIN', 8.1], ['CHE', 7.6], ['IRN', 7.4], ['CZE', 7.1], ['IRQ', 6.4]
] AS row
OPTIONAL MATCH (s:State {id: row[0]})
WITH row, s, CASE WHEN s IS NULL THEN date('missing state: ' + row[0]) END AS missing
SET s.milexUsdBn = row[1], s.milexYear = 2025,
    s.milexSource = 'SIPRI Military Expenditure Database, 2025 figures in current US$ (https://www.sipri.org/databases/milex), as published in https://www.icaew.com/insights/viewpoints-on-the-news/2026/may-2026/chart-of-the-week-top-20-military-spenders';
