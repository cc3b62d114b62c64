// The states that exist on $asOf (since <= $asOf < until), optionally of one region (e.g. 'Europe', 'Asia'; null = all).
// As of 1980 that is the Soviet Union and East Germany, not Estonia or Slovakia.
:param region => 'Europe';
:param asOf => '1980-01-01';

MATCH (s:State)
WHERE ($region IS NULL OR s.region = $region)
  AND (s.since IS NULL OR s.since <= date($asOf)) AND (s.until IS NULL OR s.until > date($asOf))
RETURN s {.*} AS state
ORDER BY s.name;
