// Bucharest Nine, Joint Expeditionary Force and the Union State of Russia and Belarus.
UNWIND [
  // B9: Bucharest meeting of 2015-11-04 (the Czech Republic was represented by the speaker of its lower house).
  {state: 'BGR', bloc: 'B9', since: '2015-11-04'},
  {state: 'CZE', bloc: 'B9', since: '2015-11-04'},
  {state: 'EST', bloc: 'B9', since: '2015-11-04'},
  {state: 'HUN', bloc: 'B9', since: '2015-11-04'},
  {state: 'LVA', bloc: 'B9', since: '2015-11-04'},
  {state: 'LTU', bloc: 'B9', since: '2015-11-04'},
  {state: 'POL', bloc: 'B9', since: '2015-11-04', role: 'co-founder'},
  {state: 'ROU', bloc: 'B9', since: '2015-11-04', role: 'co-founder'},
  {state: 'SVK', bloc: 'B9', since: '2015-11-04'},
  // JEF: letter of intent at the NATO Wales summit (2014), Finland and Sweden 2017-06-30, Iceland 2021.
  {state: 'GBR', bloc: 'JEF', since: '2014-09-04', role: 'framework nation'},
  {state: 'DNK', bloc: 'JEF', since: '2014-09-04'},
  {state: 'EST', bloc: 'JEF', since: '2014-09-04'},
  {state: 'LVA', bloc: 'JEF', since: '2014-09-04'},
  {state: 'LTU', bloc: 'JEF', since: '2014-09-04'},
  {state: 'NLD', bloc: 'JEF', since: '2014-09-04'},
  {state: 'NOR', bloc: 'JEF', since: '2014-09-04'},
  {state: 'FIN', bloc: 'JEF', since: '2017-06-30', source: 'http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=184981&cat=3', note: 'Signing event at Karlberg Castle, Stockholm (UK Ministry of Defence release).'},
  {state: 'SWE', bloc: 'JEF', since: '2017-06-30', source: 'http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=184981&cat=3', note: 'Signing event at Karlberg Castle, Stockholm (UK Ministry of Defence release).'},
  {state: 'ISL', bloc: 'JEF', since: '2021-04-20', source: 'https://www.icelandreview.com/news/politics/iceland-joins-uk-led-joint-expeditionary-forces/', note: 'Note of Joining signed in London. The Icelandic government gives April 2021.'},
  // Union State: treaty in force 2000-01-26.
  {state: 'RUS', bloc: 'UNION_STATE', since: '2000-01-26', source: 'https://www.devdiscourse.com/article/politics/3184616-update-2-russia-and-belarus-sign-treaty-on-security-guarantees-tass-says'},
  {state: 'BLR', bloc: 'UNION_STATE', since: '2000-01-26', source: 'https://www.devdiscourse.com/article/politics/3184616-update-2-russia-and-belarus-sign-treaty-on-security-guarantees-tass-says', note: 'Allowed Russian troops to use its territory for the invasion of Ukraine in February 2022, hosts Russian tactical nuclear weapons since 2023.'}
] AS row
OPTIONAL MATCH (s:State {id: row.state})
OPTIONAL MATCH (b:Bloc {code: row.bloc})
WITH row, s, b, CASE WHEN s IS NULL OR b IS NULL THEN date('missing endpoint: ' + row.state + ' -> ' + row.bloc) END AS missing
MERGE (s)-[m:MEMBER_OF {since: date(row.since)}]->(b)
SET m.status = 'MEMBER', m.until = date(row.until), m.role = row.role, m.note = row.note,
    m.source = coalesce(row.source, b.source);
