// States by ISO3 id, in one round trip for any number of ids (the API's DataLoader batches here).
:param ids => ['USA', 'POL', 'IND'];

UNWIND $ids AS id
MATCH (s:State {id: id})
RETURN id, s {.*} AS state;
