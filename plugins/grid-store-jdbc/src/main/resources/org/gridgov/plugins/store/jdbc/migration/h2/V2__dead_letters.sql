-- SPI 1.1 (H2): the notifications' delivery records and dead letters. Keep it equal to
-- ../postgresql/V2__dead_letters.sql except for the collation. Instants are epoch milliseconds.

-- A notification that failed every attempt; payload is the whole notification as the library
-- encodes it (docs/spi.md), opaque to the store.
CREATE TABLE dead_letter (
  id VARCHAR(400) NOT NULL PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  case_id VARCHAR(200) NOT NULL,
  notifier VARCHAR(64) NOT NULL,
  recipient VARCHAR(300) NOT NULL,
  reason VARCHAR(40) NOT NULL,
  attempts INT NOT NULL,
  error VARCHAR NOT NULL,
  payload VARCHAR NOT NULL
);

CREATE INDEX dead_letter_by_time ON dead_letter (at_ms, id);

-- One row per notification and notifier: who was told of a case, and whether it arrived.
CREATE TABLE delivery (
  id VARCHAR(300) NOT NULL,
  notifier VARCHAR(64) NOT NULL,
  case_id VARCHAR(200) NOT NULL,
  at_ms BIGINT NOT NULL,
  recipient VARCHAR(300) NOT NULL,
  reason VARCHAR(40) NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  detail VARCHAR NOT NULL,
  PRIMARY KEY (id, notifier)
);

CREATE INDEX delivery_by_case ON delivery (case_id, at_ms);
