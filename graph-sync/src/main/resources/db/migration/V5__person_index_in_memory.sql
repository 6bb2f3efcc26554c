-- People's records are found through an in-memory locator that the store keeps current after every commit. The
-- index on person_hash had random keys, so every committed page rewrote most of its leaves.
DROP INDEX IF EXISTS record_key_person;
