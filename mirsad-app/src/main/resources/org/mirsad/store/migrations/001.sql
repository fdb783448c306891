-- Mirsad schema v1: the whole product's tables, so that later features fill tables rather than
-- redesign them. Documented in docs/data-model.md. Text columns holding JSON say so; dates are
-- ISO-8601 text (YYYY-MM-DD), instants ISO-8601 UTC text. Statements end with ';' at line end.

-- One row per ingest (or demo) run. An interrupted run stays 'running' with no finished_at.
CREATE TABLE runs (
  id               INTEGER PRIMARY KEY,
  command          TEXT    NOT NULL,
  inputs           TEXT    NOT NULL,                 -- JSON array of the paths as given
  mirsad_version   TEXT,
  started_at       TEXT    NOT NULL,
  finished_at      TEXT,
  status           TEXT    NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed')),
  records_read     INTEGER NOT NULL DEFAULT 0,
  records_stored   INTEGER NOT NULL DEFAULT 0,
  records_duplicate INTEGER NOT NULL DEFAULT 0,
  records_rejected INTEGER NOT NULL DEFAULT 0,
  records_already  INTEGER NOT NULL DEFAULT 0,
  articles_stored  INTEGER NOT NULL DEFAULT 0,
  articles_duplicate INTEGER NOT NULL DEFAULT 0
);

-- Stories: articles about the same happening, grown incrementally by the stories stage.
CREATE TABLE stories (
  id            TEXT PRIMARY KEY,
  title         TEXT,
  first_date    TEXT,
  last_date     TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  outlet_count  INTEGER NOT NULL DEFAULT 0,
  updated_at    TEXT
);

-- One row per article, canonical or duplicate. Display text as written; matching uses text_hash
-- (and Lucene). body: JSON [{"kind":"paragraph"|"subhead","text":...}] in reading order;
-- captions: JSON [{"text":...,"credit":...}]; agencies: JSON array of names.
CREATE TABLE articles (
  id              TEXT PRIMARY KEY,
  headline        TEXT NOT NULL,
  lede            TEXT,
  body            TEXT NOT NULL DEFAULT '[]',
  captions        TEXT NOT NULL DEFAULT '[]',
  outlet          TEXT,
  date            TEXT,
  weekday         TEXT,
  date_evidence   TEXT,
  date_confidence REAL NOT NULL DEFAULT 0,
  agencies        TEXT NOT NULL DEFAULT '[]',
  duplicate_of    TEXT REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
  story           TEXT REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
  text_hash       TEXT NOT NULL,
  indexed         INTEGER NOT NULL DEFAULT 0,      -- 1 once a Lucene commit holds it
  run_id          INTEGER REFERENCES runs(id),
  created_at      TEXT NOT NULL
);
-- One canonical article per normalised text: the exact-duplicate lookup.
CREATE UNIQUE INDEX articles_canonical_text ON articles(text_hash) WHERE duplicate_of IS NULL;
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_unindexed ON articles(id) WHERE indexed = 0;

-- Every provenance of every article, duplicates included: "who carried this".
-- outlet/title/published/author: what the source itself said (scraper fields, HTML meta).
CREATE TABLE sources (
  article_id  TEXT    NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  path        TEXT    NOT NULL,
  from_line   INTEGER NOT NULL,
  to_line     INTEGER NOT NULL,
  record      INTEGER NOT NULL,
  byte_offset INTEGER NOT NULL,
  url         TEXT,
  fetched     TEXT,
  outlet      TEXT,
  title       TEXT,
  published   TEXT,
  author      TEXT,
  ingested_at TEXT    NOT NULL,
  PRIMARY KEY (article_id, path, record, byte_offset, from_line, to_line)
);
CREATE INDEX sources_url ON sources(url) WHERE url IS NOT NULL;

-- The ingest ledger: every input record seen, as exactly one outcome. locator names the record
-- (absolute path#record@offset:from-to); content_hash is of its content ('' for a rejection,
-- which has none), so an edited file is a new record and a re-read one is skipped.
CREATE TABLE ledger (
  locator      TEXT    NOT NULL,
  content_hash TEXT    NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('stored', 'duplicate', 'rejected')),
  reason       TEXT,
  article_ids  TEXT    NOT NULL DEFAULT '[]',       -- JSON array
  run_id       INTEGER NOT NULL REFERENCES runs(id),
  recorded_at  TEXT    NOT NULL,
  PRIMARY KEY (locator, content_hash)
);
CREATE INDEX ledger_status ON ledger(status);

-- Entities: one row per real-world thing, whatever its spellings.
CREATE TABLE entities (
  id        TEXT PRIMARY KEY,
  canonical TEXT NOT NULL,
  type      TEXT NOT NULL CHECK (type IN ('PER', 'LOC', 'ORG', 'MISC')),
  latin     TEXT
);
CREATE INDEX entities_type ON entities(type);

-- How each entity appears in each article: surface form as written, and how often.
CREATE TABLE mentions (
  entity_id  TEXT    NOT NULL REFERENCES entities(id),
  article_id TEXT    NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  surface    TEXT    NOT NULL,
  count      INTEGER NOT NULL,
  PRIMARY KEY (entity_id, article_id, surface)
);
CREATE INDEX mentions_article ON mentions(article_id);

-- Quotations in reading order (position) with their speaker.
CREATE TABLE quotes (
  article_id     TEXT    NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  speaker        TEXT,
  speaker_entity TEXT REFERENCES entities(id) DEFERRABLE INITIALLY DEFERRED,
  text           TEXT    NOT NULL,
  kind           TEXT    NOT NULL CHECK (kind IN ('DIRECT', 'INDIRECT')),
  PRIMARY KEY (article_id, position)
);
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity) WHERE speaker_entity IS NOT NULL;

-- Events (PLOVER types) in reading order.
CREATE TABLE events (
  article_id TEXT    NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  type       TEXT    NOT NULL,
  source     TEXT,
  target     TEXT,
  trigger    TEXT,
  sentence   TEXT,
  PRIMARY KEY (article_id, position)
);
CREATE INDEX events_type ON events(type);

-- Story membership; articles.story repeats it for quick filters. score: how close the article is
-- to the story (the stories stage's measure), null when not scored.
CREATE TABLE story_articles (
  story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  score      REAL,
  added_at   TEXT NOT NULL,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles(article_id);
