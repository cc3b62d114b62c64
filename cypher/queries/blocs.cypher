// Every bloc, optionally of one kind (MILITARY_ALLIANCE, DEFENCE_TREATY, ...; null = all).
:param kind => 'MILITARY_ALLIANCE';

MATCH (b:Bloc)
WHERE $kind IS NULL OR b.kind = $kind
RETURN b {.*} AS bloc
ORDER BY b.code;
