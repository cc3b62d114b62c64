// Military expenditure of states for a year, in one round trip for any number of (state, year) keys: for each, the
// figure of that year or, if it has none, of the latest year before it with one (null row fields if none at all).
// Keys are 'ID|YEAR' strings (one list parameter shape, one plan).
:param keys => ['USA|2025', 'POL|1995', 'DDR|1980'];

UNWIND $keys AS key
WITH key, split(key, '|')[0] AS id, toInteger(split(key, '|')[1]) AS year
OPTIONAL CALL (id, year) {
  MATCH (:State {id: id})-[:SPENT]->(m:MilitaryExpenditure)
  WHERE m.year <= year
  RETURN m ORDER BY m.year DESC LIMIT 1
}
RETURN key, m.usdBn AS usdBn, m.year AS year, m.source AS source, m.locator AS locator;
