// The blocs around one or more blocs on a date: for each, the OTHER blocs whose mutual-defence clause is in effect
// on $asOf and that share a full MEMBER with it then (NATO's members are also in the Rio Treaty, ANZUS, the EU…).
// One round trip for any number of blocs; what the dashboard's alliance graph draws around a bloc.
:param codes => ['NATO', 'CSTO'];
:param asOf => '1980-01-01';

UNWIND $codes AS code
MATCH (b:Bloc {code: code})<-[m:MEMBER_OF {status: 'MEMBER'}]-(:State)-[o:MEMBER_OF {status: 'MEMBER'}]->(other:Bloc)
WHERE other <> b
  AND m.since <= date($asOf) AND (m.until IS NULL OR m.until > date($asOf))
  AND o.since <= date($asOf) AND (o.until IS NULL OR o.until > date($asOf))
  AND other.defenceSince <= date($asOf) AND (other.dissolved IS NULL OR other.dissolved > date($asOf))
WITH DISTINCT code, other
RETURN code AS id, other {.*, founded: toString(other.founded), dissolved: toString(other.dissolved), signed: toString(other.signed),
       defenceSince: toString(other.defenceSince)} AS bloc
ORDER BY id, other.code;
