// Blocs by code, in one round trip for any number of codes.
:param codes => ['NATO', 'CSTO', 'B9'];

UNWIND $codes AS code
MATCH (b:Bloc {code: code})
RETURN code, b {.*} AS bloc;
