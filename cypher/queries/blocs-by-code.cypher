// Blocs by code, in one round trip for any number of codes.
// Dates leave as 'YYYY-MM-DD' strings (toString): Neo4j formats them faster than the driver decodes Date values.
:param codes => ['NATO', 'CSTO', 'B9'];

UNWIND $codes AS code
MATCH (b:Bloc {code: code})
RETURN code, b {.*, founded: toString(b.founded), dissolved: toString(b.dissolved), signed: toString(b.signed)} AS bloc;
