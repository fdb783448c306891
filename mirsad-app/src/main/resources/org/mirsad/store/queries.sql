-- The statements of org.mirsad.store.Store, by name. Each starts at a "-- name: x" line and runs to
-- the next one. StoreQueriesTest prepares every one against a fresh schema.

-- name: insert_run
INSERT INTO runs (command, inputs, mirsad_version, started_at) VALUES (?, ?, ?, ?)

-- name: finish_run
UPDATE runs SET finished_at = ?, status = ?, records_read = ?, records_stored = ?, records_duplicate = ?,
  records_rejected = ?, records_already = ?, articles_stored = ?, articles_duplicate = ?
WHERE id = ?

-- name: canonical_by_text_hash
SELECT id FROM articles WHERE text_hash = ? AND duplicate_of IS NULL AND id <> ?

-- name: article_exists
SELECT 1 FROM articles WHERE id = ?

-- name: upsert_article
INSERT INTO articles (id, headline, lede, body, captions, outlet, date, weekday, date_evidence, date_confidence,
  agencies, duplicate_of, story, text_hash, indexed, run_id, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, lede = excluded.lede, body = excluded.body,
  captions = excluded.captions, outlet = excluded.outlet, date = excluded.date, weekday = excluded.weekday,
  date_evidence = excluded.date_evidence, date_confidence = excluded.date_confidence,
  agencies = excluded.agencies, duplicate_of = excluded.duplicate_of, story = excluded.story,
  text_hash = excluded.text_hash, indexed = 0

-- name: insert_source
INSERT OR IGNORE INTO sources (article_id, path, from_line, to_line, record, byte_offset, url, fetched, outlet, title,
  published, author, ingested_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: insert_entity
INSERT INTO entities (id, canonical, type, latin) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING

-- name: unsettle_entity_if_named_otherwise
INSERT OR IGNORE INTO unsettled_entities (id)
SELECT id FROM entities WHERE id = ?1 AND NOT (canonical = ?2 AND type = ?3 AND latin IS ?4)

-- name: insert_entity_name
INSERT INTO entity_names (entity_id, article_id, canonical, type, latin) VALUES (?, ?, ?, ?, ?)

-- name: unsettle_entities_of_article
INSERT OR IGNORE INTO unsettled_entities (id) SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?

-- name: delete_entity_names
DELETE FROM entity_names WHERE article_id = ?1 AND entity_id IN (SELECT entity_id FROM mentions WHERE article_id = ?1)

-- name: unsettled_entities
SELECT id FROM unsettled_entities ORDER BY id LIMIT ?

-- name: entity_votes
SELECT canonical, type, latin, count(*) FROM entity_names WHERE entity_id = ? GROUP BY canonical, type, latin

-- name: rename_entity
UPDATE entities SET canonical = ?1, type = ?2, latin = ?3
WHERE id = ?4 AND NOT (canonical = ?1 AND type = ?2 AND latin IS ?3)

-- name: unindex_articles_of_entity
UPDATE articles SET indexed = 0 WHERE indexed = 1 AND id IN (SELECT article_id FROM mentions WHERE entity_id = ?)

-- name: delete_unsettled_entity
DELETE FROM unsettled_entities WHERE id = ?

-- name: delete_mentions
DELETE FROM mentions WHERE article_id = ?

-- name: insert_mention
INSERT INTO mentions (entity_id, article_id, surface, count) VALUES (?, ?, ?, ?)
ON CONFLICT (entity_id, article_id, surface) DO UPDATE SET count = mentions.count + excluded.count

-- name: delete_quotes
DELETE FROM quotes WHERE article_id = ?

-- name: insert_quote
INSERT INTO quotes (article_id, position, speaker, speaker_entity, text, kind) VALUES (?, ?, ?, ?, ?, ?)

-- name: delete_events
DELETE FROM events WHERE article_id = ?

-- name: insert_event
INSERT INTO events (article_id, position, type, source, target, trigger, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)

-- name: ensure_story
INSERT OR IGNORE INTO stories (id) VALUES (?)

-- A story row that exists, its summary emptied (its articles changed), in one statement.
-- name: touch_story
INSERT INTO stories (id) VALUES (?) ON CONFLICT (id) DO UPDATE SET title = NULL

-- name: invalidate_stories_of_group
UPDATE stories SET title = NULL WHERE id IN (SELECT story FROM articles WHERE id = ? OR duplicate_of = ?)

-- name: story_of_article
SELECT story FROM articles WHERE id = ?

-- name: delete_story_if_empty
DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE story = ?)

-- name: update_story_summary
UPDATE stories SET title = ?, first_date = ?, last_date = ?, article_count = ?, outlet_count = ?, updated_at = ?
WHERE id = ?

-- name: delete_story_membership
DELETE FROM story_articles WHERE article_id = ?

-- name: insert_story_article
INSERT OR IGNORE INTO story_articles (story_id, article_id, added_at) VALUES (?, ?, ?)

-- name: upsert_ledger
INSERT INTO ledger (locator, content_hash, status, reason, article_ids, run_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (locator, content_hash) DO UPDATE SET status = excluded.status, reason = excluded.reason,
  article_ids = excluded.article_ids, run_id = excluded.run_id, recorded_at = excluded.recorded_at

-- name: ledger_entry
SELECT locator, content_hash, status, reason, article_ids, run_id FROM ledger WHERE locator = ? AND content_hash = ?

-- name: ledger_status_counts
SELECT status, count(*) FROM ledger GROUP BY status

-- The parameter of articles_by_ids and the *_of_articles queries is a JSON array of article ids. Each
-- article's rows come in its own order; ordered by article first where an index gives that order unsorted.
-- name: articles_by_ids
SELECT id, headline, lede, body, captions, outlet, date, weekday, date_evidence, date_confidence, agencies,
  duplicate_of, story FROM articles WHERE id IN (SELECT value FROM json_each(?))

-- name: sources_of_article
SELECT path, from_line, to_line, record, byte_offset, url, fetched, outlet, title, published, author
FROM sources WHERE article_id = ? ORDER BY ingested_at, rowid

-- name: sources_of_articles
SELECT article_id, path, from_line, to_line, record, byte_offset, url, fetched, outlet, title, published, author
FROM sources WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY ingested_at, rowid

-- name: entities_of_articles
SELECT m.article_id, e.id, e.canonical, e.type, e.latin, m.surface, m.count
FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN (SELECT value FROM json_each(?))
ORDER BY m.article_id, m.rowid

-- name: quotes_of_articles
SELECT q.article_id, coalesce(e.canonical, q.speaker), q.speaker_entity, q.text, q.kind
FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity WHERE q.article_id IN (SELECT value FROM json_each(?))
ORDER BY q.article_id, q.position

-- name: events_of_articles
SELECT article_id, type, source, target, trigger, sentence FROM events
WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, position

-- name: duplicates_of_article
SELECT id FROM articles WHERE duplicate_of = ? ORDER BY created_at, id

-- name: unindexed_article_ids
SELECT rowid, id FROM articles WHERE indexed = 0 AND rowid > ? ORDER BY rowid LIMIT ?

-- name: mark_indexed
UPDATE articles SET indexed = 1 WHERE id IN (SELECT value FROM json_each(?))

-- name: count_articles
SELECT count(*), count(duplicate_of), coalesce(sum(indexed), 0) FROM articles

-- name: count_sources
SELECT count(*) FROM sources

-- name: article_ids_of_run_after
SELECT rowid, id FROM articles WHERE run_id = ? AND rowid > ? ORDER BY rowid LIMIT ?

-- name: update_story
UPDATE articles SET story = ?, indexed = 0 WHERE id = ?

-- name: update_duplicate_of
UPDATE articles SET duplicate_of = ?, indexed = 0 WHERE id = ? AND EXISTS (SELECT 1 FROM articles c WHERE c.id = ?)

-- name: story_list
SELECT a.story, count(*) AS n, min(a.date), max(a.date), s.title, s.outlet_count FROM articles a
LEFT JOIN stories s ON s.id = a.story
WHERE a.duplicate_of IS NULL AND a.story IS NOT NULL GROUP BY a.story
ORDER BY n DESC, max(a.date) DESC, a.story LIMIT ?

-- name: story_canonical_ids
SELECT id FROM articles WHERE story = ? AND duplicate_of IS NULL ORDER BY id

-- name: story_members
SELECT story, id, headline, date, outlet, duplicate_of FROM articles WHERE story IN (SELECT value FROM json_each(?))
ORDER BY story, id

-- name: story_duplicate_ids
SELECT id FROM articles WHERE story = ? AND duplicate_of IS NOT NULL ORDER BY id

-- name: event_rows
SELECT a.id, a.duplicate_of, a.date, a.story, e.type, e.source, e.target, e.trigger, e.sentence
FROM events e JOIN articles a ON a.id = e.article_id
ORDER BY coalesce(a.duplicate_of, a.id), a.duplicate_of IS NOT NULL, e.article_id, e.position

-- name: move_story_articles
UPDATE articles SET story = ?, indexed = 0 WHERE story = ?

-- name: move_story_membership
UPDATE OR IGNORE story_articles SET story_id = ? WHERE story_id = ?

-- name: delete_story
DELETE FROM stories WHERE id = ?

-- name: regroup_members
UPDATE articles SET duplicate_of = ?, indexed = 0 WHERE (duplicate_of = ? OR id = ?) AND id <> ?

-- name: make_canonical
UPDATE articles SET duplicate_of = NULL, indexed = 0 WHERE id = ? AND duplicate_of IS NOT NULL

-- A run's stories to refresh at its end, kept by SQLite (a temporary table of this connection), not
-- in the Java heap: a run of a million articles names hundreds of thousands of stories.
-- name: create_noted_stories
CREATE TEMP TABLE IF NOT EXISTS noted_stories (id TEXT PRIMARY KEY) WITHOUT ROWID

-- name: note_stories
INSERT OR IGNORE INTO noted_stories (id) SELECT value FROM json_each(?)

-- name: noted_stories_after
SELECT id FROM noted_stories WHERE id > ? ORDER BY id LIMIT ?

-- name: clear_noted_stories
DELETE FROM noted_stories
