-- Mirsad schema v2: an entity's name is the one most of its articles give it (org.mirsad.entities.EntityVotes),
-- no longer the last article's. Documented in docs/data-model.md.

-- How each article names each of its entities: one vote per entity and article. The key leads with the entity,
-- which is how votes are counted; an article's votes are found through its mentions (mentions_article).
-- Articles are never deleted; a rewritten article's votes are deleted with its mentions.
CREATE TABLE entity_names (
  entity_id  TEXT NOT NULL REFERENCES entities(id),
  article_id TEXT NOT NULL REFERENCES articles(id),
  canonical  TEXT NOT NULL,
  type       TEXT NOT NULL CHECK (type IN ('PER', 'LOC', 'ORG', 'MISC')),
  latin      TEXT,
  PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;

-- Entities whose stored name may no longer be the one most articles give: an article named one otherwise, or
-- a rewritten article took its vote back. Counted again when an ingest has stored its records.
CREATE TABLE unsettled_entities (
  id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- A store of schema v1 kept one name per entity, the last written: every article votes for it, and its
-- votes are counted once the new ones come in.
INSERT INTO entity_names (entity_id, article_id, canonical, type, latin)
SELECT DISTINCT m.entity_id, m.article_id, e.canonical, e.type, e.latin
FROM mentions m JOIN entities e ON e.id = m.entity_id;
