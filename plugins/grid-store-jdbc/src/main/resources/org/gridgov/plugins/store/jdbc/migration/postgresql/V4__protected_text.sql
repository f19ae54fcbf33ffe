-- Free text encrypted at rest, index keys with ids (PostgreSQL). Keep it equal to
-- ../h2/V4__protected_text.sql but for the ALTER syntax (docs/security.md).

-- A recipient is now stored encrypted (gg1:<key id>:<base64>), longer than the 300 characters
-- its column allowed: the column takes any length. The length of a recipient is still checked
-- where it is given.
ALTER TABLE dead_letter ALTER COLUMN recipient TYPE VARCHAR;
ALTER TABLE delivery ALTER COLUMN recipient TYPE VARCHAR;

-- Blind indexes carry the id of their index key (ID:<64 hex digits>) unless it is the first key,
-- "index", so that the index key can rotate.
ALTER TABLE golden_resident ALTER COLUMN id_number_index TYPE VARCHAR(100);
ALTER TABLE golden_resident ALTER COLUMN phone_index TYPE VARCHAR(100);
