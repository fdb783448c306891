package org.mirsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.model.Quote;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDirectoryToTheLatestSchema() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(1);
        }
        assertThat(tables(dir.resolve("data"))).contains("articles", "sources", "ledger", "runs", "entities",
                "mentions", "quotes", "events", "stories", "story_articles", "schema_version");
        assertThat(scalar(dir.resolve("data"), "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void reopeningKeepsDataAndAppliesNoMigrationTwice() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            long run = store.startRun("ingest", List.of("x"), "dev");
            store.storeRecord(new LedgerKey("x#0", "h"), List.of(Fixtures.article("x", "عنوان", "نص الخبر")), run);
        }
        try (Store store = Store.open(data)) {
            assertThat(store.counts().articles()).isEqualTo(1);
        }
        assertThat(scalar(data, "SELECT count(*) FROM schema_version")).isEqualTo(String.valueOf(Migrations.latest()));
    }

    @Test
    void refusesADatabaseFromANewerMirsad() throws Exception {
        Path data = dir.resolve("data");
        Store.open(data).close();
        execute(data, "INSERT INTO schema_version VALUES (999, 'later')");
        assertThatThrownBy(() -> Store.open(data)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 999, newer than this Mirsad knows");
    }

    @Test
    void refusesAFileAsDataDirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessage("data directory " + file + " is a file, not a directory");
    }

    @Test
    void readsBackEveryFieldOfAStoredArticle() {
        Article a = Fixtures.annotated();
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of(), "dev");
            store.storeRecord(new LedgerKey("feed#3", "h"), List.of(a), run);
            Article back = store.article("a1").orElseThrow();
            assertThat(back).isEqualTo(a);
            assertThat(back.paragraphs()).containsExactly("قال الناطق باسم الكرملين، ديميتري بيسكوف، إن موسكو «قلقة».",
                    "وأضاف بيسكوف أن الحوار ضروري.");
            assertThat(store.article("missing")).isEmpty();
        }
    }

    @Test
    void readsManyArticlesTogetherInTheOrderAskedEachAsWritten() {
        Article a = Fixtures.annotated();
        // More mentions, quotes and events than one multi-row insert holds, and one surface said twice (the
        // store keeps a surface's mentions together).
        List<Entity> entities = new java.util.ArrayList<>();
        for (int i = 0; i < Statements.MAX_ROWS + 3; i++) {
            entities.add(new Entity("e-" + i, "اسم " + i, EntityType.ORG, List.of("اسم " + i, "اسم " + i, "الاسم " + i), null));
        }
        List<org.mirsad.model.Quote> quotes = new java.util.ArrayList<>();
        List<org.mirsad.model.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < Statements.MAX_ROWS * 2 + 1; i++) {
            quotes.add(new org.mirsad.model.Quote("متحدث " + i, null, "قول رقم " + i, org.mirsad.model.Quote.Kind.DIRECT));
            events.add(new org.mirsad.model.Event("MEET", "e-" + (i % 5), null, "التقى", "جملة " + i));
        }
        Article b = Fixtures.article("b.txt", "خبر ثان", "فقرة أولى.", "فقرة ثانية.").withEntities(entities)
                .withQuotes(quotes).withEvents(events).withStory("s-b");
        Article c = Fixtures.article("c.txt", "خبر ثالث بلا تعليقات", "نص قصير.");
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of(), "dev");
            store.storeRecord(new LedgerKey("feed#3", "h"), List.of(a), run);
            store.storeRecord(new LedgerKey("b", "h"), List.of(b, c), run);
            assertThat(store.articles(List.of(c.id(), "missing", a.id(), b.id()))).containsExactly(c, a, b);
            assertThat(store.article(b.id()).orElseThrow().entities().get(Statements.MAX_ROWS + 2).mentions())
                    .containsExactly("اسم " + (Statements.MAX_ROWS + 2), "اسم " + (Statements.MAX_ROWS + 2),
                            "الاسم " + (Statements.MAX_ROWS + 2));
            assertThat(store.articles(List.of())).isEmpty();
            // Their texts: the same articles without sources, entities, quotes and events.
            List<Article> texts = store.articleTexts(List.of(c.id(), "missing", a.id(), b.id()));
            List<Article> whole = store.articles(List.of(c.id(), a.id(), b.id()));
            assertThat(texts).hasSize(3);
            for (int i = 0; i < 3; i++) {
                Article t = texts.get(i);
                Article w = whole.get(i);
                assertThat(t.entities()).isEmpty();
                assertThat(t.quotes()).isEmpty();
                assertThat(t.events()).isEmpty();
                assertThat(List.of(t.id(), t.headline(), String.valueOf(t.lede()), t.blocks(), t.captions(),
                        String.valueOf(t.outlet()), t.date(), t.agencies(), String.valueOf(t.duplicateOf()),
                        String.valueOf(t.story())))
                        .isEqualTo(List.of(w.id(), w.headline(), String.valueOf(w.lede()), w.blocks(), w.captions(),
                                String.valueOf(w.outlet()), w.date(), w.agencies(), String.valueOf(w.duplicateOf()),
                                String.valueOf(w.story())));
            }
            assertThat(whole.get(2).quotes()).isNotEmpty();
            assertThat(store.articleTexts(List.of())).isEmpty();
        }
    }

    @Test
    void marksTheSameTextInAnotherSpellingAsDuplicate() {
        Article first = Fixtures.article("a.txt", "الكرملين يدعو إلى التفاوض", "قال بيسكوف إن موسكو قلقة.");
        // Same words with diacritics, hamza on alef and extra spaces: one text for matching.
        Article copy = Fixtures.article("b.txt", "الكرملين يدعو إلى التّفاوض", "قالَ  بيسكوف إنّ موسكو قلقة.");
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of(), "dev");
            StoredRecord r1 = store.storeRecord(new LedgerKey("a", "1"), List.of(first), run);
            StoredRecord r2 = store.storeRecord(new LedgerKey("b", "2"), List.of(copy), run);
            assertThat(r1.status()).isEqualTo(LedgerStatus.STORED);
            assertThat(r2.status()).isEqualTo(LedgerStatus.DUPLICATE);
            assertThat(r2.articles().get(0).duplicateOf()).isEqualTo(first.id());
            assertThat(store.duplicatesOf(first.id())).containsExactly(copy.id());
            assertThat(store.ledgerEntry(new LedgerKey("b", "2")).orElseThrow().articleIds()).containsExactly(copy.id());
            assertThat(store.counts()).isEqualTo(new StoreCounts(2, 1, 0, 2, 1, 1, 0));
        }
    }

    @Test
    void storingTheSameRecordAgainAddsNoRows() {
        Article a = Fixtures.annotated();
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of(), "dev");
            store.storeRecord(new LedgerKey("feed#3", "h"), List.of(a), run);
            StoredRecord again = store.storeRecord(new LedgerKey("feed#3", "h"), List.of(a), run);
            assertThat(again.status()).isEqualTo(LedgerStatus.STORED);
            assertThat(store.counts()).isEqualTo(new StoreCounts(1, 0, 0, 1, 1, 0, 0));
            assertThat(store.article("a1").orElseThrow()).isEqualTo(a);
        }
    }

    @Test
    void recordsARecordWithoutArticlesAsRejected() {
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of(), "dev");
            StoredRecord r = store.storeRecord(new LedgerKey("empty", "h"), List.of(), run);
            assertThat(r.status()).isEqualTo(LedgerStatus.REJECTED);
            LedgerEntry e = store.ledgerEntry(new LedgerKey("empty", "h")).orElseThrow();
            assertThat(e.status()).isEqualTo(LedgerStatus.REJECTED);
            assertThat(e.reason()).isEqualTo("no article text found");
        }
    }

    @Test
    void flagsArticlesIndexedOnlyWhenTold() {
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of(), "dev");
            Article a = Fixtures.article("a.txt", "خبر أول", "نص أول");
            Article b = Fixtures.article("b.txt", "خبر ثان", "نص ثان");
            store.storeRecord(new LedgerKey("a", "1"), List.of(a, b), run);
            assertThat(store.unindexedIds(0, 10)).extracting(Store.RowId::id).containsExactly(a.id(), b.id());
            store.markIndexed(List.of(a.id()));
            assertThat(store.unindexedIds(0, 10)).extracting(Store.RowId::id).containsExactly(b.id());
        }
    }

    @Test
    void keepsTheRunTotals() throws Exception {
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of("pages/"), "dev");
            store.finishRun(run, new RunTotals(10, 5, 2, 1, 2, 9, 3), true);
        }
        assertThat(scalar(dir, "SELECT status || ' ' || records_read || ' ' || inputs FROM runs"))
                .isEqualTo("completed 10 [\"pages/\"]");
    }

    @Test
    void recordsSharingATransactionAreCommittedTogetherAndAFailedOneAlone() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            long run = store.startRun("ingest", List.of("x"), "dev");
            store.recordsPerCommit(10);
            store.storeRecord(new LedgerKey("a", "1"), List.of(Fixtures.article("a", "عنوان أول", "نص الخبر الأول")), run);
            store.storeRecord(new LedgerKey("b", "2"), List.of(Fixtures.article("b", "عنوان ثان", "نص الخبر الثاني")), run);
            // Another connection sees nothing yet; this one reads its own writes.
            assertThat(scalar(data, "SELECT count(*) FROM ledger")).isEqualTo("0");
            assertThat(store.ledgerEntry(new LedgerKey("b", "2"))).isPresent();
            // An event without a type breaks a NOT NULL constraint after the article and its source were written.
            Article broken = Fixtures.article("c", "عنوان ثالث", "نص الخبر الثالث")
                    .withEvents(List.of(new org.mirsad.model.Event(null, null, null, null, null)));
            assertThatThrownBy(() -> store.storeRecord(new LedgerKey("c", "3"), List.of(broken), run))
                    .hasMessageContaining("NOT NULL");
            store.commitPending();
            assertThat(scalar(data, "SELECT count(*) FROM ledger")).isEqualTo("2");
            assertThat(scalar(data, "SELECT count(*) FROM articles")).isEqualTo("2");
            assertThat(scalar(data, "SELECT count(*) FROM sources")).as("no row of the failed record").isEqualTo("2");
        }
    }

    /** One entity as two articles name it: by its surname, and in full. */
    private static final Entity SURNAME = new Entity("e-1", "بيسكوف", EntityType.PER, List.of("بيسكوف"), "Bskwf");
    private static final Entity FULL = new Entity("e-1", "ديميتري بيسكوف", EntityType.PER, List.of("ديميتري بيسكوف"),
            "Dymytry Bskwf");

    @Test
    void anEntityTakesTheNameMostOfItsArticlesGiveOnceSettled() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            long run = store.startRun("ingest", List.of("x"), "dev");
            store.recordsPerCommit(10);
            Article a = storeWith(store, run, "a", SURNAME);
            storeWith(store, run, "b", SURNAME);
            storeWith(store, run, "c", FULL);
            store.commitPending();
            // the first article's name until the votes are counted
            assertThat(scalar(data, "SELECT canonical FROM entities WHERE id = 'e-1'")).isEqualTo("بيسكوف");
            assertThat(scalar(data, "SELECT count(*) FROM unsettled_entities")).isEqualTo("1");
            assertThat(store.settleEntityNames()).isEqualTo(1);
            // one article of three gives the full name: not common enough
            assertThat(scalar(data, "SELECT canonical FROM entities WHERE id = 'e-1'")).isEqualTo("بيسكوف");
            store.markIndexed(List.of(a.id()));
            storeWith(store, run, "d", FULL);
            assertThat(store.unindexedIds(0, 10)).extracting(Store.RowId::id).doesNotContain(a.id());
            assertThat(store.settleEntityNames()).isEqualTo(1);
            assertThat(store.article(a.id()).orElseThrow().entities().get(0).canonical()).isEqualTo("ديميتري بيسكوف");
            // a quote linked to the entity is read back under its name
            assertThat(store.article(a.id()).orElseThrow().quotes()).extracting(Quote::speaker)
                    .containsExactly("ديميتري بيسكوف");
            // the index holds a under the old name: it goes to the index again
            assertThat(store.unindexedIds(0, 10)).extracting(Store.RowId::id).contains(a.id());
            // nothing named otherwise since: nothing to count
            storeWith(store, run, "e", FULL);
            assertThat(store.settleEntityNames()).isZero();
        }
        assertThat(scalar(data, "SELECT canonical || '|' || latin || '|' || type FROM entities WHERE id = 'e-1'"))
                .isEqualTo("ديميتري بيسكوف|Dymytry Bskwf|PER");
        assertThat(scalar(data, "SELECT count(*) FROM entity_names WHERE entity_id = 'e-1'")).isEqualTo("5");
    }

    @Test
    void aRewrittenArticleTakesItsVoteBack() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            long run = store.startRun("ingest", List.of("x"), "dev");
            storeWith(store, run, "a", FULL);
            storeWith(store, run, "b", FULL);
            storeWith(store, run, "c", SURNAME);
            store.settleEntityNames();
            assertThat(scalar(data, "SELECT canonical FROM entities WHERE id = 'e-1'")).isEqualTo("ديميتري بيسكوف");
            // a and b written again, naming the entity by its surname: three votes for it, none left for the full name
            storeWith(store, run, "a", SURNAME);
            storeWith(store, run, "b", SURNAME);
            store.settleEntityNames();
        }
        assertThat(scalar(data, "SELECT canonical FROM entities WHERE id = 'e-1'")).isEqualTo("بيسكوف");
        assertThat(scalar(data, "SELECT count(*) || ' ' || count(DISTINCT article_id) || ' ' || group_concat(DISTINCT canonical) "
                + "FROM entity_names")).isEqualTo("3 3 بيسكوف");
    }

    @Test
    void aStoreOfTheFirstSchemaVotesForTheNamesItHeld() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Connection c = connect(data); Statement s = c.createStatement()) {
            for (String statement : Migrations.statements(Queries.resourceOrNull("migrations/001.sql"))) {
                s.execute(statement);
            }
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES (1, '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO articles (id, headline, text_hash, created_at) VALUES ('a', 'عنوان', 'h', 'now')");
            s.execute("INSERT INTO entities VALUES ('e-1', 'بيسكوف', 'PER', 'Bskwf')");
            s.execute("INSERT INTO mentions VALUES ('e-1', 'a', 'بيسكوف', 2), ('e-1', 'a', 'لبيسكوف', 1)");
        }
        try (Store store = Store.open(data)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
        }
        assertThat(scalar(data, "SELECT entity_id || ' ' || article_id || ' ' || canonical || ' ' || type || ' ' || latin "
                + "FROM entity_names")).isEqualTo("e-1 a بيسكوف PER Bskwf");
        assertThat(scalar(data, "SELECT count(*) FROM entity_names")).isEqualTo("1");
    }

    /** Stores the article of path {@code path} naming {@code e}; the same path gives the same article again. */
    private static Article storeWith(Store store, long run, String path, Entity e) {
        Article a = Fixtures.article(path, "عنوان " + path, "نص الخبر " + path).withEntities(List.of(e))
                .withQuotes(List.of(new Quote(e.canonical(), e.id(), "لا تعليق لدينا الآن", Quote.Kind.DIRECT)));
        store.storeRecord(new LedgerKey(path, "1"), List.of(a), run);
        return a;
    }

    private static List<String> tables(Path data) throws Exception {
        try (Connection c = connect(data); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    static String scalar(Path data, String sql) throws Exception {
        try (Connection c = connect(data); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void execute(Path data, String sql) throws Exception {
        try (Connection c = connect(data); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(Path data) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.DATABASE_FILE));
    }
}
