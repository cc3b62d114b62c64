// Caucuses inside blocs: (:Bloc)-[:CAUCUS_OF {source}]->(:Bloc).
OPTIONAL MATCH (c:Bloc {code: 'B9'})
OPTIONAL MATCH (b:Bloc {code: 'NATO'})
WITH c, b, CASE WHEN c IS NULL OR b IS NULL THEN date('missing endpoint: B9 -> NATO') END AS missing
MERGE (c)-[r:CAUCUS_OF]->(b)
SET r.source = 'https://www.atlanticcouncil.org/blogs/natosource/nine-heads-of-state-call-on-alliance-to-strengthen-the-eastern-flank-of-nato',
    r.note = 'Informal grouping of eastern-flank allies within NATO (seed:000_ee8646e08386c08b).';
