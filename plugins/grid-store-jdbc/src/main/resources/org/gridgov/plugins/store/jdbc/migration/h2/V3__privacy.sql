-- Privacy and access (SPI 1.2, H2). Keep it equal to ../postgresql/V3__privacy.sql except for the
-- collation. A golden resident's grid, by which resident reads are scoped (docs/security.md).
ALTER TABLE golden_resident ADD COLUMN grid VARCHAR(18);

CREATE INDEX golden_resident_by_grid ON golden_resident (grid, resident_id);
