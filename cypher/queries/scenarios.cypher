// The stored what-if scenarios (cypher/data/080_scenarios.cypher), one row per scenario ordered by id, each with
// its changes in the order they apply. $ids: a list of scenario ids, or null for every scenario.
// In Neo4j Browser, `:param ids => null` lists them all.
:param ids => ['negative', 'asian-nato'];

MATCH (s:Scenario)
WHERE $ids IS NULL OR s.id IN $ids
RETURN s {.*} AS scenario,
       COLLECT {
         MATCH (s)-[:HAS_CHANGE]->(c:ScenarioChange)
         RETURN c {.*} ORDER BY c.order
       } AS changes
ORDER BY s.id;
