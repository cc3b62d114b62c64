// Every bloc, optionally of one kind (MILITARY_ALLIANCE, DEFENCE_TREATY, ...; null = all).
// Dates leave as 'YYYY-MM-DD' strings (toString): Neo4j formats them faster than the driver decodes Date values.
:param kind => 'MILITARY_ALLIANCE';

MATCH (b:Bloc)
WHERE $kind IS NULL OR b.kind = $kind
RETURN b {.*, founded: toString(b.founded), dissolved: toString(b.dissolved), signed: toString(b.signed)} AS bloc
ORDER BY b.code;
