package org.mirsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.Mirsad;
import org.mirsad.SharedData;
import org.mirsad.entities.CorpusNames;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.model.Page;
import org.mirsad.model.Quote;
import org.mirsad.model.Rejection;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.read.RecordSink;

/**
 * The Spark job in local[2] mode gives the same articles, duplicate groups, stories and entity names as
 * the single-machine pipeline, on the seed pages and on the demo corpus.
 */
class MirsadSparkJobTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("mirsad-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void seedsGiveTheSameArticlesDuplicatesAndStoriesAsOneMachine(@TempDir Path out) {
        Path seeds = SharedData.require("seeds/expected.json").getParent();
        assertSameAsOneMachine(seeds, out);
    }

    @Test
    void demoCorpusGivesTheSameArticlesDuplicatesAndStoriesAsOneMachine(@TempDir Path out) {
        Path demo = Path.of("..", "mirsad-app", "src", "main", "resources", "org", "mirsad", "demo", "corpus")
                .toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(demo), "no demo corpus at " + demo);
        assertSameAsOneMachine(demo, out);
    }

    @Test
    void aQuoteGoesUnderItsSpeakersNameAcrossTheCorpus(@TempDir Path out) throws Exception {
        // two articles name the official with his lineage, the third by given name and surname, where he speaks:
        // one id, and the quote goes under the name the corpus gives him, as extract and the store give it
        Path input = out.resolve("quotes.jsonl");
        Files.writeString(input, String.join("\n",
                record(1, "البلدية تطلق مشروعا جديدا", "وقال رئيس البلدية خالد بن سعد المطيري إن المشروع يبدأ الشهر المقبل، وأضاف أن التكلفة معتمدة."),
                record(2, "المطيري يتفقد المشروع", "وصرح خالد بن سعد المطيري للصحافيين بأن العمل يسير وفق الخطة، وأكد أن الافتتاح في موعده."),
                record(3, "البلدية ترد على الشكاوى", "وقال خالد المطيري إن البلدية لن تقبل أي تأخير، مضيفا أن المقاول سيحاسب.")) + "\n");
        assertSameAsOneMachine(input, out);
        String third = oneMachine(input).stream().filter(a -> a.headline().startsWith("البلدية ترد")).findFirst()
                .orElseThrow().id();
        assertThat(quotes(out)).filteredOn(q -> q.startsWith(third)).singleElement().asString()
                .contains("|خالد بن سعد المطيري|");
    }

    private static String record(int n, String title, String text) {
        return "{\"url\": \"https://news.example/" + n + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void rejectsUnknownOptionsByName() {
        assertThatThrownBy(() -> JobOptions.parse("--outt", "x", "in"))
                .hasMessageStartingWith("unknown option --outt");
        assertThatThrownBy(() -> JobOptions.parse("in")).hasMessageStartingWith("--out is required");
        assertThatThrownBy(() -> JobOptions.parse("--out", "x")).hasMessageStartingWith("no input given");
        assertThatThrownBy(() -> JobOptions.parse("--out", "x", "--partitions", "many", "in"))
                .hasMessage("--partitions takes a whole number, not 'many'");
    }

    private static void assertSameAsOneMachine(Path input, Path out) {
        MirsadSparkJob.Summary summary = MirsadSparkJob.run(spark,
                new JobOptions(List.of(input.toString()), out.resolve("tables").toString(), 2));

        List<Article> expected = oneMachine(input);
        Map<String, Row> got = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("tables/articles").toString())
                .select("id", "duplicate_of", "story", "headline").collectAsList()) {
            got.put(r.getString(0), r);
        }
        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(Article::id).toList());
        assertThat(summary.articles()).isEqualTo(expected.size());
        for (Article a : expected) {
            assertThat(got.get(a.id()).getString(1)).as("duplicate_of of %s", a.headline()).isEqualTo(a.duplicateOf());
        }
        assertThat(pairs(got, 2)).isEqualTo(pairsOf(expected));
        assertThat(spark.read().parquet(out.resolve("tables/sources").toString()).count()).isEqualTo(expected.size());
        assertThat(entityNames(out)).as("entities: id, name, type, Latin").isEqualTo(entityNames(expected));
        assertThat(quotes(out)).as("quotes: article, speaker, entity, text").isEqualTo(quotes(expected));
        assertThat(spark.read().parquet(out.resolve("tables/stories").toString()).count()).isEqualTo(summary.stories()
                - expected.stream().filter(a -> a.duplicateOf() != null && expected.stream()
                        .noneMatch(b -> b.duplicateOf() == null && b.story().equals(a.story()))).map(Article::story)
                        .distinct().count());
    }

    /** Each entity id's name, type and Latin form as the job's entities table has them. */
    private static Map<String, String> entityNames(Path out) {
        Map<String, String> names = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("tables/entities").toString())
                .select("id", "canonical", "type", "latin").collectAsList()) {
            names.put(r.getString(0), r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
        }
        return names;
    }

    /** The same, as extract names the entities of these articles ({@link CorpusNames}). */
    private static Map<String, String> entityNames(List<Article> articles) {
        CorpusNames corpus = new CorpusNames();
        articles.forEach(corpus::count);
        Map<String, String> names = new HashMap<>();
        for (Article a : articles) {
            for (Entity e : corpus.named(a).entities()) {
                names.put(e.id(), e.canonical() + "|" + e.type() + "|" + e.latin());
            }
        }
        return names;
    }

    /** The job's quotes, each as article id, speaker, speaker's entity and text. */
    private static List<String> quotes(Path out) {
        List<String> quotes = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("tables/quotes").toString())
                .select("article_id", "speaker", "speaker_entity", "text").collectAsList()) {
            quotes.add(r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
        }
        return quotes.stream().sorted().toList();
    }

    /** The same, as extract writes the quotes of these articles: a linked speaker under its entity's name. */
    private static List<String> quotes(List<Article> articles) {
        CorpusNames corpus = new CorpusNames();
        articles.forEach(corpus::count);
        List<String> quotes = new ArrayList<>();
        for (Article a : articles) {
            for (Quote q : corpus.named(a).quotes()) {
                quotes.add(a.id() + "|" + q.speaker() + "|" + q.speakerEntity() + "|" + q.text());
            }
        }
        return quotes.stream().sorted().toList();
    }

    /** The single-machine path: read in order, extract, settle once all is read. */
    private static List<Article> oneMachine(Path input) {
        Pipeline pipeline = Mirsad.pipeline();
        List<Article> held = new ArrayList<>();
        Mirsad.read(input.toString(), new RecordSink() {
            @Override
            public void page(Page page) {
                held.addAll(pipeline.extract(page));
            }

            @Override
            public void rejected(Rejection rejection) {
            }
        });
        return held.stream().map(pipeline::settle).toList();
    }

    /** Pairs of article ids that share a story (ids of stories may differ, the partition may not). */
    private static Set<List<String>> pairs(Map<String, Row> rows, int storyColumn) {
        Set<List<String>> out = new HashSet<>();
        for (Row a : rows.values()) {
            for (Row b : rows.values()) {
                if (a.getString(0).compareTo(b.getString(0)) < 0
                        && a.getString(storyColumn).equals(b.getString(storyColumn))) {
                    out.add(List.of(a.getString(0), b.getString(0)));
                }
            }
        }
        return out;
    }

    private static Set<List<String>> pairsOf(List<Article> articles) {
        Set<List<String>> out = new HashSet<>();
        for (Article a : articles) {
            for (Article b : articles) {
                if (a.id().compareTo(b.id()) < 0 && a.story().equals(b.story())) {
                    out.add(List.of(a.id(), b.id()));
                }
            }
        }
        return out;
    }
}
