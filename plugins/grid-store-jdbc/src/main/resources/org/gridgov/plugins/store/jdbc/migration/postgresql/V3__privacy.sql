-- Privacy and access (SPI 1.2, PostgreSQL). Keep it equal to ../h2/V3__privacy.sql except for the
-- collation: grid codes use "C", so that grid prefixes use the index. A golden resident's grid, by
-- which resident reads are scoped (docs/security.md).
ALTER TABLE golden_resident ADD COLUMN grid VARCHAR(18) COLLATE "C";

CREATE INDEX golden_resident_by_grid ON golden_resident (grid, resident_id);
