:param code => 'NATO';

// Every membership a bloc ever had, with its status and dates: the API's Bloc.sizeTimeline counts them on each day.
MATCH (b:Bloc {code: $code})<-[m:MEMBER_OF]-(s:State)
RETURN s.id AS state, m.status AS status, toString(m.since) AS since, toString(m.until) AS until
ORDER BY m.since, s.id;
