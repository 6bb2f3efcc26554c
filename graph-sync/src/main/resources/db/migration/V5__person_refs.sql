-- People's records are found through person_ref for every visible record up to the watermark in store_meta, and
-- through a small in-memory part for the records above it, which the store writes into person_ref in one go at the
-- end of a round (or once that part grows large). Each reference is one BIGINT: the hash of the person key in the
-- high 32 bits and the record id in the low 32 bits, so that a person's records are one range of the key. The index
-- on record_key.person_hash that this replaces had random keys, so every committed page of a sync rewrote most of
-- its leaves.
CREATE TABLE person_ref (
    ref BIGINT PRIMARY KEY
);
INSERT INTO person_ref (ref) SELECT CAST(person_hash AS BIGINT) * 4294967296 + id FROM record_key WHERE NOT hidden;
DROP INDEX IF EXISTS record_key_person;

CREATE TABLE store_meta (
    name VARCHAR(100) PRIMARY KEY,
    num BIGINT NOT NULL
);
INSERT INTO store_meta (name, num) SELECT 'person_ref_watermark', COALESCE(MAX(id), 0) FROM record_key;

-- How many entries the caller log holds and how many of them are superseded, kept with each append, so that opening
-- the store does not read every chunk of the log to add them up.
INSERT INTO store_meta (name, num) SELECT 'caller_chunk_entries', COALESCE(SUM(entries), 0) FROM caller_chunk;
INSERT INTO store_meta (name, num) SELECT 'caller_chunk_superseded', COALESCE(SUM(supersedes), 0) FROM caller_chunk;

-- The callable numbers of each record live in its body and in the caller log; the copy in contact_record was written
-- on every commit and read by nothing.
ALTER TABLE contact_record DROP COLUMN phones;
