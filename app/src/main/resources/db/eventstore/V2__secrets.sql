-- Secrets kept with the record, not with the read models: each client's sealing key (destroyed on
-- erasure, leaving the tombstone) and installation-wide secrets such as the reporting feed's
-- pseudonym key. Losing the read store must never lose these.
CREATE TABLE subject_key (
    name         VARCHAR(255) PRIMARY KEY,
    value        BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    destroyed_at TIMESTAMPTZ,
    CONSTRAINT subject_key_destroyed_has_no_value CHECK (destroyed_at IS NULL OR value IS NULL)
);

CREATE TABLE installation_secret (
    name         VARCHAR(255) PRIMARY KEY,
    value        BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    destroyed_at TIMESTAMPTZ,
    CONSTRAINT installation_secret_destroyed_has_no_value CHECK (destroyed_at IS NULL OR value IS NULL)
);
