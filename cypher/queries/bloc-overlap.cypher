// States active in both blocs on a date, in any status (e.g. NATO and SCO -> Turkey as dialogue partner).
:param a => 'QUAD';
:param b => 'BRICS';
:param asOf => '2025-06-01';

MATCH (:Bloc {code: $a})<-[ma:MEMBER_OF]-(s:State)-[mb:MEMBER_OF]->(:Bloc {code: $b})
WHERE ma.since <= date($asOf) AND (ma.until IS NULL OR ma.until > date($asOf))
  AND mb.since <= date($asOf) AND (mb.until IS NULL OR mb.until > date($asOf))
RETURN DISTINCT s {.*} AS state
ORDER BY state.name;
