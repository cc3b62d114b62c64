// Which load of the cypher scripts the graph holds: changes whenever `npm run load` or a start rebuilds it.
// The API watches it to drop what it cached from an older graph.
MATCH (s:LoadState {id: 'cypher'})
RETURN s.hash + ':' + s.status + ':' + toString(s.updatedAt) AS version;
