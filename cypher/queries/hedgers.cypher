// States active on a date in a bloc of camp A and in a bloc of camp B at once: the hedgers and bridges.
// Any status counts but APPLICANT and SUSPENDED (a dialogue partnership is a foot in the door).
// Dates leave as 'YYYY-MM-DD' strings (toString): Neo4j formats them faster than the driver decodes Date values.
:param campA => ['NATO', 'AUKUS', 'QUAD', 'ANZUS', 'FIVE_EYES', 'JEF', 'US_JPN', 'US_KOR', 'US_PHL', 'NATO_PFP', 'NATO_MD', 'NATO_ICI', 'US_MNNA', 'US_COFA', 'ATOP_3075', 'ATOP_3260', 'ATOP_3275'];
:param campB => ['CSTO', 'SCO', 'BRICS', 'UNION_STATE', 'RUS_PRK', 'CHN_PRK', 'CIS', 'ATOP_3285', 'ATOP_3200'];
:param asOf => '2025-06-01';

MATCH (s:State)-[m:MEMBER_OF]->(b:Bloc)
WHERE b.code IN $campA + $campB
  AND m.since <= date($asOf) AND (m.until IS NULL OR m.until > date($asOf))
  AND NOT m.status IN ['APPLICANT', 'SUSPENDED']
WITH s, b, m ORDER BY b.code
WITH s, collect({membership: m {.*, since: toString(m.since), until: toString(m.until)},
                   bloc: b {.*, founded: toString(b.founded), dissolved: toString(b.dissolved), signed: toString(b.signed)}, inA: b.code IN $campA}) AS ties
WHERE any(t IN ties WHERE t.inA) AND any(t IN ties WHERE NOT t.inA)
RETURN s {.*} AS state,
       [t IN ties WHERE t.inA | t {.membership, .bloc}] AS campA,
       [t IN ties WHERE NOT t.inA | t {.membership, .bloc}] AS campB
ORDER BY state.name;
