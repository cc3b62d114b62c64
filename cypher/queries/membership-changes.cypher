:param since => '2022-01-01';
:param until => '2024-12-31';
:param bloc => 'NATO';
:param state => null;

// Memberships that began or ended between $since and $until (both included), optionally of one bloc ($bloc) or one
// state ($state), oldest first: the API's `changes` pairs an end and a start on the same day (same state, same bloc)
// into one status change. `until` is the first day a membership no longer holds.
MATCH (s:State)-[m:MEMBER_OF]->(b:Bloc)
WHERE ($bloc IS NULL OR b.code = $bloc) AND ($state IS NULL OR s.id = $state)
  AND ((m.since >= date($since) AND m.since <= date($until)) OR (m.until >= date($since) AND m.until <= date($until)))
RETURN s {.*} AS state,
       b {.*, founded: toString(b.founded), dissolved: toString(b.dissolved), signed: toString(b.signed)} AS bloc,
       m {.*, since: toString(m.since), until: toString(m.until)} AS membership
ORDER BY coalesce(m.since, m.until), b.code, s.id;
