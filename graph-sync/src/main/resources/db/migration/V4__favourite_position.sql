-- Favourites keep the order the user gives them in the favourites editor. Existing favourites keep a stable order
-- (by key) until the user reorders them; a new favourite goes last.
ALTER TABLE favourite ADD COLUMN position INT;

UPDATE favourite f SET position = (SELECT COUNT(*) FROM favourite g WHERE g.person_key < f.person_key);

ALTER TABLE favourite ALTER COLUMN position SET NOT NULL;
