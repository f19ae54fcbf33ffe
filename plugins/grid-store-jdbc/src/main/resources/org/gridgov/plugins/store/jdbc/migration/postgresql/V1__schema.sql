-- The first schema of the gridgov JDBC store (PostgreSQL). Flyway applies it once; later versions
-- add V2__..., V3__... beside it and never change or drop what is here. Keep it equal to
-- ../h2/V1__schema.sql except for the collation: ids and codes use "C", so that they sort by code
-- point as the other stores do, whatever the database's default, and grid prefixes use the index.

-- Grid trees as versions: one row per version, the communities it covers, and its entities as
-- JSON (org.gridgov.core.json.GridModule) in the order the tree lists them, up to 1,000 entities
-- of one kind per row (a JSON array; ordinal numbers the rows of a kind, item_id is the first
-- entity's id), so that a district of millions of households loads in seconds.
CREATE TABLE tree_version (
  number BIGINT NOT NULL PRIMARY KEY,
  effective_from DATE NOT NULL,
  saved_at VARCHAR(64) NOT NULL,
  note VARCHAR NOT NULL,
  grids INT NOT NULL,
  households INT NOT NULL,
  members INT NOT NULL,
  party_organizations INT NOT NULL
);

CREATE TABLE tree_community (
  version BIGINT NOT NULL REFERENCES tree_version (number),
  community VARCHAR(12) COLLATE "C" NOT NULL,
  PRIMARY KEY (version, community)
);

CREATE INDEX tree_community_by_code ON tree_community (community, version);

-- kind: G grid, H household (grids: a JSON array holding, for each household of the row, the
-- grids it is assigned to, space-separated), B building, R resident, M member, P party
-- organisation.
CREATE TABLE tree_item (
  version BIGINT NOT NULL,
  kind CHAR(1) NOT NULL,
  ordinal INT NOT NULL,
  item_id VARCHAR COLLATE "C" NOT NULL,
  grids VARCHAR,
  json VARCHAR NOT NULL,
  PRIMARY KEY (version, kind, ordinal)
);

-- Residents: source records, golden records with each field's provenance, and which golden
-- record each source record was merged into.
CREATE TABLE source_record (
  record_id VARCHAR COLLATE "C" NOT NULL PRIMARY KEY,
  source VARCHAR NOT NULL,
  fields VARCHAR NOT NULL
);

CREATE TABLE golden_resident (
  resident_id VARCHAR COLLATE "C" NOT NULL PRIMARY KEY,
  id_number VARCHAR COLLATE "C",
  record_ids VARCHAR NOT NULL
);

CREATE INDEX golden_resident_by_id_number ON golden_resident (id_number);

CREATE TABLE golden_field (
  resident_id VARCHAR COLLATE "C" NOT NULL,
  ordinal INT NOT NULL,
  field VARCHAR COLLATE "C" NOT NULL,
  field_value VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  record_id VARCHAR COLLATE "C" NOT NULL,
  PRIMARY KEY (resident_id, ordinal)
);

CREATE TABLE golden_link (
  record_id VARCHAR COLLATE "C" NOT NULL PRIMARY KEY,
  resident_id VARCHAR COLLATE "C" NOT NULL
);

CREATE INDEX golden_link_by_resident ON golden_link (resident_id);

-- Cases: the append-only log keyed by (case_id, sequence), and each case's standing after its
-- last entry for queries. Instants are kept as ISO-8601 text (exact, with the offset) and as
-- epoch second + nanosecond for ordering.
CREATE TABLE case_entry (
  case_id VARCHAR(200) COLLATE "C" NOT NULL,
  sequence BIGINT NOT NULL,
  at_text VARCHAR(64) NOT NULL,
  at_second BIGINT NOT NULL,
  at_nano INT NOT NULL,
  kind VARCHAR(8) NOT NULL,
  actor VARCHAR NOT NULL,
  state VARCHAR(32) COLLATE "C" NOT NULL,
  grid VARCHAR(18) COLLATE "C" NOT NULL,
  assignee VARCHAR COLLATE "C",
  departments VARCHAR NOT NULL,
  detail VARCHAR NOT NULL,
  PRIMARY KEY (case_id, sequence)
);

CREATE TABLE case_summary (
  case_id VARCHAR(200) COLLATE "C" NOT NULL PRIMARY KEY,
  grid VARCHAR(18) COLLATE "C" NOT NULL,
  state VARCHAR(32) COLLATE "C" NOT NULL,
  assignee VARCHAR COLLATE "C",
  departments VARCHAR NOT NULL,
  opened_text VARCHAR(64) NOT NULL,
  opened_second BIGINT NOT NULL,
  opened_nano INT NOT NULL,
  last_text VARCHAR(64) NOT NULL,
  last_sequence BIGINT NOT NULL
);

CREATE INDEX case_summary_by_opening ON case_summary (opened_second, opened_nano, case_id);
CREATE INDEX case_summary_by_grid ON case_summary (grid, opened_second, opened_nano, case_id);
CREATE INDEX case_summary_by_state ON case_summary (state, opened_second, opened_nano, case_id);
CREATE INDEX case_summary_by_assignee ON case_summary (assignee, opened_second, opened_nano, case_id);

CREATE TABLE case_department (
  department VARCHAR COLLATE "C" NOT NULL,
  case_id VARCHAR(200) COLLATE "C" NOT NULL,
  PRIMARY KEY (department, case_id)
);

CREATE INDEX case_department_by_case ON case_department (case_id);
