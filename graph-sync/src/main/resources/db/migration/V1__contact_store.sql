-- One row per source record. person_key is the key of the consolidated person the record belongs to;
-- raw_key is set only where the record's own key differs from it. tokens holds the 64-bit hashes of the
-- record's match tokens, phones its normalised numbers (type digit + E.164, ';'-separated), body the
-- compact serialised record.
CREATE TABLE contact_record (
    id BIGINT PRIMARY KEY,
    source VARCHAR(200) NOT NULL,
    source_key VARCHAR(1000) NOT NULL,
    person_key VARCHAR(1100) NOT NULL,
    raw_key VARCHAR(1100),
    hidden BOOLEAN NOT NULL,
    generation INT NOT NULL,
    tokens VARBINARY(8000),
    phones VARCHAR(4000),
    body VARBINARY(1000000) NOT NULL,
    CONSTRAINT contact_record_source_key UNIQUE (source, source_key)
);
CREATE INDEX contact_record_person ON contact_record (person_key);

CREATE TABLE sync_cursor (
    source VARCHAR(200) PRIMARY KEY,
    cursor_value VARCHAR(100000),
    round_complete BOOLEAN NOT NULL,
    committed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    generation INT NOT NULL,
    round_open BOOLEAN NOT NULL
);

CREATE TABLE favourite (
    person_key VARCHAR(1100) PRIMARY KEY
);

CREATE TABLE note (
    person_key VARCHAR(1100) PRIMARY KEY,
    note_text VARCHAR(100000) NOT NULL
);

CREATE TABLE call_log (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    number VARCHAR(200) NOT NULL,
    person_key VARCHAR(1100),
    identification VARCHAR(1000) NOT NULL,
    direction VARCHAR(20) NOT NULL,
    outcome VARCHAR(20) NOT NULL
);
CREATE INDEX call_log_at ON call_log (at);
