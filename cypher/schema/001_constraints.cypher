// Alliance Explorer: constraints and indexes. Run before anything in cypher/data/.
// Every statement is idempotent (IF NOT EXISTS) and ends with a semicolon at the end of a line.

// Keys
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (s:State) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT bloc_code IF NOT EXISTS FOR (b:Bloc) REQUIRE b.code IS UNIQUE;
CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (s:Scenario) REQUIRE s.id IS UNIQUE;

// Lookups by other State / Bloc properties
CREATE INDEX state_iso2 IF NOT EXISTS FOR (s:State) ON (s.iso2);
CREATE INDEX state_region IF NOT EXISTS FOR (s:State) ON (s.region);
CREATE INDEX state_name IF NOT EXISTS FOR (s:State) ON (s.name);
CREATE INDEX bloc_kind IF NOT EXISTS FOR (b:Bloc) ON (b.kind);

// "As of" membership queries filter on since/until and status
CREATE INDEX member_of_since IF NOT EXISTS FOR ()-[m:MEMBER_OF]-() ON (m.since);
CREATE INDEX member_of_status IF NOT EXISTS FOR ()-[m:MEMBER_OF]-() ON (m.status);

// The register of sources, and military expenditure by state and year
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT milex_id IF NOT EXISTS FOR (m:MilitaryExpenditure) REQUIRE m.id IS UNIQUE;
CREATE INDEX milex_state_year IF NOT EXISTS FOR (m:MilitaryExpenditure) ON (m.state, m.year);
