package org.mirsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.model.Article;
import org.mirsad.model.Caption;
import org.mirsad.model.EntityType;
import org.mirsad.model.Quote;
import org.mirsad.search.Fixtures;

/**
 * The UI as a person sees it: headless Chromium (Debian's /usr/bin/chromium) loads each page from a
 * server on loopback, the rendered DOM is checked, and a screenshot of each page is saved under
 * target/screenshots. Skips when Chromium is not installed.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;
    static Server server;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "browser tests skipped: /usr/bin/chromium is absent (apt-get install -y chromium)");
        List<Article> corpus = new ArrayList<>(Fixtures.corpus());
        corpus.add(hostile());
        Fixtures.index(data, corpus);
        server = Server.start(data, "127.0.0.1", 0);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A scraped page that tries everything: script tags, event handlers, javascript: URLs, 1 MB headline. */
    static Article hostile() {
        String attack = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
                + "<a href=\"javascript:document.title='pwned'\">اضغط</a>";
        String headline = "هجوم " + attack + " كاراباخ " + "ا".repeat(1 << 20);
        return Fixtures.withCaptions(Fixtures.article("hostile", "<b onmouseover=alert(1)>Evil</b>", "2023-09-24", headline,
                        "مقدمة " + attack, "فقرة فيها " + attack + " وبوتين", "javascript:alert(1)")
                .withEntities(List.of(Fixtures.entity("e-evil\"><script>", "<script>x</script>", EntityType.PER,
                        "بوتين")))
                .withQuotes(List.of(new Quote("<img src=x onerror=alert(1)>", null, attack, Quote.Kind.DIRECT)))
                .withStory("s-karabakh"), List.of(new Caption(attack, "<i>رويترز</i>")));
    }

    /** Renders {@code path}, saves its screenshot as {@code name}.png, returns the DOM after scripts ran. */
    static String render(String path, String name, int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("mirsad-chromium-");
        Path shot = SHOTS.resolve(name + ".png").toAbsolutePath();
        String url = server.url() + path.substring(1);
        List<String> common = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--virtual-time-budget=5000", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        List<String> screenshot = new ArrayList<>(common);
        screenshot.add("--screenshot=" + shot);
        screenshot.add(url);
        run(screenshot);
        assertThat(shot).exists();
        List<String> dump = new ArrayList<>(common);
        dump.add("--dump-dom");
        dump.add(url);
        return run(dump);
    }

    private static String run(List<String> command) throws Exception {
        Path out = Files.createTempFile("mirsad-chromium-", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + command);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void searchPageShowsHitsFacetsAndMarks() throws Exception {
        String dom = render("/?q=%D9%83%D8%A7%D8%B1%D8%A7%D8%A8%D8%A7%D8%AE", "search", 1280, 900);
        assertThat(dom).contains("class=\"hit\"").contains("<mark>").contains("class=\"facet\"")
                .contains("انفصاليو کاراباخ");
    }

    @Test
    void searchPageFitsPhoneWidth() throws Exception {
        String dom = render("/?q=%D8%A7%D9%84%D9%83%D8%B1%D9%85%D9%84%D9%8A%D9%86", "search-phone", 390, 844);
        assertThat(dom).contains("نشرته").contains("class=\"carried\"");
    }

    @Test
    void storyPageDrawsTimeline() throws Exception {
        String dom = render("/stories/s-karabakh", "story", 1280, 900);
        assertThat(dom).contains("<svg").contains("class=\"bar\"").contains("حسب المنبر").contains("Al Mayadeen");
    }

    @Test
    void entityPageListsVariants() throws Exception {
        String dom = render("/entities/e-putin", "entity", 1280, 900);
        assertThat(dom).contains("صيغ الاسم").contains("فلاديمير بوتن").contains("فلاديمير بوتين");
    }

    @Test
    void articlePageMarksEntitiesAndQuotesAndListsSources() throws Exception {
        String dom = render("/articles/a", "article", 1280, 900);
        assertThat(dom).contains("class=\"ent ent-PER\"").contains("class=\"quote\"").contains("المصادر")
                .contains("Al Arabiya");
    }

    @Test
    void hostileArticleRunsNothingAndStillRenders() throws Exception {
        String dom = render("/articles/hostile", "hostile-article", 1280, 900);
        assertThatRanNothing(dom);
        assertThat(dom).contains("&lt;script&gt;").contains("المصادر").contains("حرفًا إضافيًا لم تُعرض");
        String results = render("/?q=%D9%87%D8%AC%D9%88%D9%85", "hostile-search", 1280, 900);
        assertThatRanNothing(results);
        assertThat(results).contains("class=\"hit\"").contains("&lt;script&gt;");
    }

    /** The attack text may be shown (escaped), but no element or handler came from it and no script ran. */
    static void assertThatRanNothing(String dom) {
        assertThat(dom).doesNotContain("<title>pwned").doesNotContain("<img");
        assertThat(dom).doesNotContainPattern("<[a-z]+(\\s+[a-z-]+=\"[^\"]*\")*\\s+on[a-z]+=")
                .doesNotContainPattern("<a(\\s+[a-z-]+=\"[^\"]*\")*\\s+href=\"javascript:");
        assertThat(dom.split("<script", -1)).hasSize(2); // only app.js
    }
}
