// Every state, optionally of one region (e.g. 'Europe', 'Asia'; null = all).
:param region => 'Europe';

MATCH (s:State)
WHERE $region IS NULL OR s.region = $region
RETURN s {.*} AS state
ORDER BY s.name;
