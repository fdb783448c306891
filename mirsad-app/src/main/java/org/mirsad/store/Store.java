package org.mirsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.mirsad.entities.EntityVotes;
import org.mirsad.model.Article;
import org.mirsad.model.EntityType;
import org.mirsad.model.Event;
import org.mirsad.model.Provenance;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database of a data directory ({@code DIR/mirsad.db}): articles, their provenance,
 * annotations, stories and the ingest ledger (schema in docs/data-model.md). WAL mode, so readers
 * (the server, an analyst's SQL tool) never block the writer. Each input record is written whole or
 * not at all (a savepoint of its own); records share a transaction up to {@link #recordsPerCommit}
 * at a time, since a commit per record rewrote every B-tree page the record touched (about 80 pages,
 * 320 KB of WAL, a record) — so a killed ingest leaves whole records or none, and loses at most the
 * records since the last commit, which its ledger then does not hold.
 *
 * <p>One connection, used by one thread at a time (methods are synchronized).
 */
public final class Store implements Closeable {

    public static final String DATABASE_FILE = "mirsad.db";
    /** SQLite's page cache for the one connection (native memory, not the Java heap). */
    private static final int CACHE_KIB = 32 * 1024;
    /** Entities {@link #settleEntityNames} names in one transaction. */
    private static final int SETTLE_ENTITIES = 500;

    private final Path dataDir;
    private final Connection connection;
    private final Statements sql;
    private final ArticleWriter writer;
    private final ArticleReader reader;
    private final Clock clock;
    private final int schemaVersion;
    /** Records whose writes may wait in one open transaction ({@link #recordsPerCommit}). */
    private int recordsPerCommit = 1;
    /** Records written since the last commit. */
    private int uncommitted;

    private Store(Path dataDir, Connection connection, Clock clock) throws SQLException {
        this.dataDir = dataDir;
        this.connection = connection;
        this.clock = clock;
        this.sql = new Statements(connection);
        this.writer = new ArticleWriter(sql);
        this.reader = new ArticleReader(sql);
        this.schemaVersion = Migrations.migrate(connection, dataDir.resolve(DATABASE_FILE).toString());
        connection.setAutoCommit(false);
    }

    /** Opens (creating when needed) the data directory and brings its schema up to date. */
    public static Store open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    public static Store open(Path dataDir, Clock clock) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new StoreException("data directory " + dataDir + " is a file, not a directory");
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path db = dataDir.resolve(DATABASE_FILE);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + db, connectionProperties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                // NORMAL is durable across a killed process in WAL mode (only a power cut may lose
                // the last commits), and much faster than FULL: https://sqlite.org/pragma.html#pragma_synchronous
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                // The default 2 MB page cache re-read index pages of the large tables for every record.
                s.execute("PRAGMA cache_size = -" + CACHE_KIB);
                // Statement journals (a record's savepoint, each upsert inside the open transaction), sorts and
                // the settle pass's temporary table: in memory, not ~150 writes a record to files in /var/tmp.
                s.execute("PRAGMA temp_store = MEMORY");
            }
            return new Store(dataDir, c, clock);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("cannot open " + db + ": " + e.getMessage(), e);
        }
    }

    /**
     * The driver's own settings: no generated keys. By default the driver follows every INSERT with a
     * {@code SELECT last_insert_rowid()} it prepares afresh each time (a regex match on the SQL, a statement
     * compiled and run): one statement more for each INSERT, and most of an ingest's statements are INSERTs.
     * {@link #startRun} asks SQLite for the row id itself.
     */
    private static Properties connectionProperties() {
        Properties p = new Properties();
        p.setProperty(SQLiteConfig.Pragma.JDBC_GET_GENERATED_KEYS.pragmaName, "false");
        return p;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Records the start of a run; returns its id. */
    public synchronized long startRun(String command, List<String> inputs, String version) {
        return tx("starting a run", () -> {
            sql.update("insert_run", command, Columns.strings(inputs), version, now());
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public synchronized void finishRun(long runId, RunTotals t, boolean completed) {
        tx("finishing run " + runId, () -> sql.update("finish_run", now(), completed ? "completed" : "failed",
                t.recordsRead(), t.recordsStored(), t.recordsDuplicate(), t.recordsRejected(), t.recordsAlready(),
                t.articlesStored(), t.articlesDuplicate(), runId));
    }

    public synchronized Optional<LedgerEntry> ledgerEntry(LedgerKey key) {
        return read("reading the ledger", () -> {
            try (ResultSet rs = sql.query("ledger_entry", key.locator(), key.contentHash())) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LedgerEntry(key, LedgerStatus.ofColumn(rs.getString("status")),
                        rs.getString("reason"), Columns.strings(rs.getString("article_ids")), rs.getLong("run_id")));
            }
        });
    }

    /**
     * Stores the articles of one input record and its ledger row in one transaction. Each article
     * whose {@code duplicateOf} is unset and whose normalised text matches a stored canonical article
     * becomes its duplicate. A record with no article is recorded as rejected ("no article text").
     */
    public synchronized StoredRecord storeRecord(LedgerKey key, List<Article> articles, long runId) {
        if (articles.isEmpty()) {
            rejectRecord(key, "no article text found", runId);
            return new StoredRecord(LedgerStatus.REJECTED, List.of(), 0);
        }
        return recordTx("storing " + key.locator(), () -> {
            String now = now();
            List<Article> stored = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            int duplicates = 0;
            for (Article a : articles) {
                String hash = TextHash.of(a);
                Article settled = writer.settleDuplicate(a, hash);
                writer.write(settled, hash, runId, now);
                stored.add(settled);
                ids.add(settled.id());
                duplicates += settled.duplicateOf() == null ? 0 : 1;
            }
            LedgerStatus status = duplicates == articles.size() ? LedgerStatus.DUPLICATE : LedgerStatus.STORED;
            sql.update("upsert_ledger", key.locator(), key.contentHash(), status.column(), null, Columns.strings(ids),
                    runId, now);
            return new StoredRecord(status, stored, duplicates);
        });
    }

    /** Records an input record that could not be read, with the reason. */
    public synchronized void rejectRecord(LedgerKey key, String reason, long runId) {
        recordTx("recording a rejection of " + key.locator(), () -> sql.update("upsert_ledger", key.locator(),
                key.contentHash(), LedgerStatus.REJECTED.column(), reason, "[]", runId, now()));
    }

    public synchronized Optional<Article> article(String id) {
        return tx("reading article " + id, () -> reader.article(id));
    }

    /** The stored articles of {@code ids} in that order, ids not stored left out: one query per table for all. */
    public synchronized List<Article> articles(List<String> ids) {
        return tx("reading " + ids.size() + " articles", () -> reader.articles(ids));
    }

    /**
     * The stored articles of {@code ids} in that order with what their own rows hold (text, date, outlet, corpus
     * fields) and no source, entities, quotes or events: one query for all (for the story summary columns).
     */
    public synchronized List<Article> articleTexts(List<String> ids) {
        return tx("reading " + ids.size() + " articles' texts", () -> reader.texts(ids));
    }

    /** Every provenance of an article, first seen first. */
    public synchronized List<Provenance> sources(String articleId) {
        return tx("reading the sources of " + articleId,
                () -> reader.sources(articleId).stream().map(ArticleReader.Sourced::source).toList());
    }

    /** The ids of the articles stored as duplicates of this one. */
    public synchronized List<String> duplicatesOf(String articleId) {
        return tx("reading duplicates of " + articleId, () -> ids("duplicates_of_article", articleId));
    }

    /**
     * Ids of the articles a run stored, in storing order, a page at a time: those after the row
     * {@code afterRow} (0 to start), each with its row number to continue from.
     */
    public synchronized List<RowId> articlesOfRun(long runId, long afterRow, int limit) {
        return tx("listing the articles of run " + runId, () -> {
            List<RowId> out = new ArrayList<>();
            try (ResultSet rs = sql.query("article_ids_of_run_after", runId, afterRow, limit)) {
                while (rs.next()) {
                    out.add(new RowId(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    /**
     * Notes stories whose summaries a run must refresh at its end. The set lives in a temporary table
     * of this connection (SQLite's temporary store, not the Java heap), so a long run does not hold its
     * story ids in memory; {@link #notedStories} reads it back in id order, {@link #clearNotedStories}
     * empties it.
     */
    public synchronized void noteStories(Collection<String> storyIds) {
        if (storyIds.isEmpty()) {
            return;
        }
        tx("noting stories to refresh", () -> {
            sql.update("create_noted_stories");
            return sql.update("note_stories", Columns.strings(List.copyOf(storyIds)));
        });
    }

    /** Up to {@code limit} noted story ids after {@code after} (null: from the first), ascending. */
    public synchronized List<String> notedStories(String after, int limit) {
        return tx("listing the stories to refresh", () -> {
            sql.update("create_noted_stories");
            List<String> out = new ArrayList<>();
            try (ResultSet rs = sql.query("noted_stories_after", after == null ? "" : after, limit)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public synchronized void clearNotedStories() {
        tx("clearing the stories to refresh", () -> {
            sql.update("create_noted_stories");
            return sql.update("clear_noted_stories");
        });
    }

    /** An article id with its row number, for paging through a run's articles. */
    public record RowId(long row, String id) {
    }

    /**
     * Applies what the corpus stages decided after the article was stored (a story merged into
     * another, a better canonical for its duplicate group). A new {@code duplicateOf} that names no
     * stored article is ignored. Changed articles are flagged for re-indexing.
     */
    public synchronized void updateCorpusFields(String id, String story, String duplicateOf) {
        updateCorpusFields(List.of(new CorpusFields(id, story, duplicateOf)));
    }

    /** An article's story and canonical as the corpus stages last decided them. */
    public record CorpusFields(String id, String story, String duplicateOf) {
    }

    /**
     * {@link #updateCorpusFields(String, String, String)} for many articles in one transaction (one
     * commit, one journal sync, instead of one each). Returns, for each, whether its row's
     * {@code duplicate_of} now is the one asked for (false only when it named no stored article).
     */
    public synchronized boolean[] updateCorpusFields(List<CorpusFields> updates) {
        return tx("updating story and duplicate of " + updates.size() + " articles", () -> {
            boolean[] applied = new boolean[updates.size()];
            for (int i = 0; i < updates.size(); i++) {
                CorpusFields u = updates.get(i);
                String id = u.id();
                // The summaries of the story it leaves and the one it joins are out of date.
                sql.update("invalidate_stories_of_group", id, id);
                String before = sql.first("story_of_article", id);
                sql.update("delete_story_membership", id);
                if (u.story() != null) {
                    sql.update("touch_story", u.story());
                    sql.update("insert_story_article", u.story(), id, now());
                }
                sql.update("update_story", u.story(), id);
                if (before != null && !before.equals(u.story())) {
                    // A provisional story of the run (or one the article left) keeps no row once empty.
                    sql.update("delete_story_if_empty", before, before);
                }
                applied[i] = true;
                if (u.duplicateOf() != null && !u.duplicateOf().equals(id)) {
                    applied[i] = sql.update("update_duplicate_of", u.duplicateOf(), id, u.duplicateOf()) > 0;
                }
            }
            return applied;
        });
    }

    /**
     * A story as the store counts it: canonical articles, first and last dates (ISO, or null), and
     * its stored summary columns: title and outlets, null until {@link #updateStorySummary} fills
     * them or after its articles changed.
     */
    public record StoryRow(String id, int articles, String firstDate, String lastDate, String title, Integer outlets) {
    }

    /** Stories, largest first, then the most recent; at most {@code limit}. */
    public synchronized List<StoryRow> stories(int limit) {
        return tx("listing stories", () -> {
            List<StoryRow> out = new ArrayList<>();
            try (ResultSet rs = sql.query("story_list", limit)) {
                while (rs.next()) {
                    int outlets = rs.getInt(6);
                    out.add(new StoryRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.wasNull() ? null : outlets));
                }
            }
            return out;
        });
    }

    /**
     * Moves every article of a story that merged into another (a later run found them one) to the
     * surviving story, and flags them for re-indexing; the merged story's row goes.
     */
    public synchronized void moveStory(String merged, String into) {
        tx("moving story " + merged + " into " + into, () -> {
            sql.update("touch_story", into);
            sql.update("move_story_articles", into, merged);
            sql.update("move_story_membership", into, merged);
            sql.update("delete_story", merged);
            return null;
        });
    }

    /**
     * A duplicate group chose a new canonical (the dedup stage's rule: earliest, then most complete):
     * the former canonicals and their members become duplicates of it, which may reach articles of
     * earlier runs. Former canonicals are demoted before the new one is promoted, so that two
     * canonicals never hold one text at once.
     */
    public synchronized void regroup(String canonical, List<String> formerCanonicals) {
        tx("regrouping duplicates under " + canonical, () -> {
            // Which articles count as canonical changes: the stories' counts and titles with it.
            sql.update("invalidate_stories_of_group", canonical, canonical);
            for (String former : formerCanonicals) {
                sql.update("invalidate_stories_of_group", former, former);
                sql.update("regroup_members", canonical, former, former, canonical);
            }
            sql.update("make_canonical", canonical);
            return null;
        });
    }

    /** The article is its group's canonical again (the dedup stage re-chose it): no duplicate_of. */
    public synchronized void makeCanonical(String id) {
        tx("making " + id + " canonical", () -> {
            sql.update("invalidate_stories_of_group", id, id);
            return sql.update("make_canonical", id);
        });
    }

    /**
     * A story's summary columns: title, first and last dates (ISO, or null), canonical articles, outlets. A change
     * to the story's articles empties the title again.
     */
    public record StorySummaryRow(String id, String title, String firstDate, String lastDate, int articles, int outlets) {
    }

    /**
     * Writes stories' summaries into their rows of the stories table, so that listing stories reads them instead
     * of summing every story up again; one transaction for all (a commit per story was a WAL write per story).
     */
    public synchronized void updateStorySummaries(List<StorySummaryRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        tx("writing the summaries of " + rows.size() + " stories", () -> {
            String now = now();
            for (StorySummaryRow r : rows) {
                sql.update("ensure_story", r.id());
                sql.update("update_story_summary", r.title(), r.firstDate(), r.lastDate(), r.articles(), r.outlets(), now,
                        r.id());
            }
            return null;
        });
    }

    /** A stored article as a story summary counts it: its headline, date (ISO or null), outlet and canonical. */
    public record StoryMember(String story, String id, String headline, String date, String outlet, String duplicateOf) {
    }

    /** The stored articles of these stories (canonicals and duplicates), by story then id: one query. */
    public synchronized List<StoryMember> storyMembers(List<String> storyIds) {
        return tx("listing the articles of " + storyIds.size() + " stories", () -> {
            List<StoryMember> out = new ArrayList<>();
            try (ResultSet rs = sql.query("story_members", Columns.strings(storyIds))) {
                while (rs.next()) {
                    out.add(new StoryMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        });
    }

    /** Ids of a story's canonical articles, or of its duplicates, in id order. */
    public synchronized List<String> storyArticleIds(String storyId, boolean duplicates) {
        return tx("listing the articles of story " + storyId,
                () -> ids(duplicates ? "story_duplicate_ids" : "story_canonical_ids", storyId));
    }

    /** One stored event with the article it was found in. */
    public record EventRow(String articleId, String duplicateOf, String date, String story, Event event) {
    }

    /** Every stored event, grouped by canonical article (the canonical's own first, then its duplicates'). */
    public synchronized List<EventRow> eventRows() {
        return tx("listing events", () -> {
            List<EventRow> out = new ArrayList<>();
            try (ResultSet rs = sql.query("event_rows")) {
                while (rs.next()) {
                    out.add(new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            new Event(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                    rs.getString(9))));
                }
            }
            return out;
        });
    }

    /**
     * Up to {@code limit} stored articles no Lucene commit holds yet, oldest first: those after the row
     * {@code afterRow} (0 to start), each with its row number to continue from.
     */
    public synchronized List<RowId> unindexedIds(long afterRow, int limit) {
        return tx("listing unindexed articles", () -> {
            List<RowId> out = new ArrayList<>();
            try (ResultSet rs = sql.query("unindexed_article_ids", afterRow, limit)) {
                while (rs.next()) {
                    out.add(new RowId(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    /** Flags articles as held by a Lucene commit (call only after that commit returned). */
    public synchronized void markIndexed(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        tx("flagging indexed articles", () -> sql.update("mark_indexed", Columns.strings(List.copyOf(ids))));
    }

    /**
     * Gives every unsettled entity the name most of its articles give it ({@link EntityVotes}), a page of
     * entities a transaction; returns how many were counted. An ingest calls it once its records are stored:
     * counting at every record that names an entity otherwise would read الله's thousands of votes again and again.
     * The indexed articles of an entity whose name changes are flagged for the index again ({@link #unindexedIds}).
     */
    public synchronized int settleEntityNames() {
        int settled = 0;
        for (int n = settleEntityNamesPage(); n > 0; n = settleEntityNamesPage()) {
            settled += n;
        }
        return settled;
    }

    private int settleEntityNamesPage() {
        return tx("settling entity names", () -> {
            List<String> ids = ids("unsettled_entities", SETTLE_ENTITIES);
            for (String id : ids) {
                EntityVotes votes = new EntityVotes();
                try (ResultSet rs = sql.query("entity_votes", id)) {
                    while (rs.next()) {
                        votes.add(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4));
                    }
                }
                EntityVotes.Name name = votes.winner();
                if (name != null && sql.update("rename_entity", name.canonical(), name.type().name(), name.latin(), id) > 0) {
                    // the index keeps each article as it was written, its entities' names with it: the articles
                    // of a renamed entity go to the index again (reindexPending)
                    sql.update("unindex_articles_of_entity", id);
                }
                sql.update("delete_unsettled_entity", id);
            }
            // the writer's knowledge of stored entity rows is stale now
            writer.forgetWrites();
            return ids.size();
        });
    }

    public synchronized StoreCounts counts() {
        return tx("counting rows", () -> {
            long articles;
            long duplicates;
            long indexed;
            try (ResultSet rs = sql.query("count_articles")) {
                rs.next();
                articles = rs.getLong(1);
                duplicates = rs.getLong(2);
                indexed = rs.getLong(3);
            }
            long sources = Long.parseLong(sql.first("count_sources"));
            Map<LedgerStatus, Long> ledger = new EnumMap<>(LedgerStatus.class);
            try (ResultSet rs = sql.query("ledger_status_counts")) {
                while (rs.next()) {
                    ledger.put(LedgerStatus.ofColumn(rs.getString(1)), rs.getLong(2));
                }
            }
            return new StoreCounts(articles, duplicates, indexed, sources, ledger.getOrDefault(LedgerStatus.STORED, 0L),
                    ledger.getOrDefault(LedgerStatus.DUPLICATE, 0L), ledger.getOrDefault(LedgerStatus.REJECTED, 0L));
        });
    }

    @Override
    public synchronized void close() {
        try {
            commitPending();
            sql.close();
            connection.rollback();
        } catch (SQLException e) {
            // closing anyway: nothing uncommitted is worth keeping
        } finally {
            closeQuietly(connection);
        }
    }

    private List<String> ids(String query, Object param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = sql.query(query, param)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private String now() {
        return clock.instant().toString();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Lets up to {@code records} input records ({@link #storeRecord}, {@link #rejectRecord}) share one
     * transaction; each is still written whole or not at all. Any other write, {@link #commitPending}
     * and {@link #close} commit them. 1 (the default) commits every record as it is written.
     */
    public synchronized void recordsPerCommit(int records) {
        if (records < 1) {
            throw new IllegalArgumentException("records per commit must be at least 1, was " + records);
        }
        this.recordsPerCommit = records;
    }

    /** Commits the records written since the last commit (before the corpus state is saved, for one). */
    public synchronized void commitPending() {
        if (uncommitted == 0) {
            return;
        }
        try {
            connection.commit();
            uncommitted = 0;
        } catch (SQLException e) {
            writer.forgetWrites();
            throw failure("committing " + uncommitted + " records", e);
        }
    }

    /**
     * Writes one input record under a savepoint of its own inside the open transaction: rolled back
     * alone when it throws, committed with the records before it once {@link #recordsPerCommit} are
     * waiting.
     */
    private <T> T recordTx(String what, Work<T> work) {
        Savepoint record;
        try {
            record = connection.setSavepoint();
        } catch (SQLException e) {
            throw failure(what, e);
        }
        T result;
        try {
            result = work.run();
            connection.releaseSavepoint(record);
        } catch (SQLException | RuntimeException e) {
            writer.forgetWrites();
            try {
                connection.rollback(record);
                connection.releaseSavepoint(record);
            } catch (SQLException ignored) {
                // the original failure is the one worth reporting
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw failure(what, e);
        }
        if (++uncommitted >= recordsPerCommit) {
            commitPending();
        }
        return result;
    }

    /** A read: inside the open transaction while records wait to be committed, else a transaction of its own. */
    private <T> T read(String what, Work<T> work) {
        if (uncommitted == 0) {
            return tx(what, work);
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws. Records
     * waiting to be committed are committed first, so that a failure here cannot roll them back.
     */
    private <T> T tx(String what, Work<T> work) {
        commitPending();
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            writer.forgetWrites();
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one worth reporting
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw failure(what, e);
        }
    }

    /** The error a failed database step throws: what was being done, the database file, SQLite's message. */
    private IllegalStateException failure(String what, Exception e) {
        return new IllegalStateException("database error " + what + " in " + dataDir.resolve(DATABASE_FILE) + ": "
                + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }
}
