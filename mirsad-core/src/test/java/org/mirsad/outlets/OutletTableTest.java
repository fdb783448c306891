package org.mirsad.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletTableTest {

    private final OutletTable table = OutletTable.standard();

    @Test
    void loadsTheTable() {
        assertThat(table.all()).hasSizeGreaterThan(50);
        assertThat(table.all()).allSatisfy(o -> assertThat(o.domains()).isNotEmpty());
    }

    @Test
    void noNameOrDomainNamesTwoOutlets() {
        Map<String, String> owner = new HashMap<>();
        for (Outlet o : table.all()) {
            var keys = new java.util.ArrayList<String>();
            keys.add(o.name());
            keys.addAll(o.arabicNames());
            keys.addAll(o.aliases());
            keys.addAll(o.domains());
            for (String k : keys) {
                String previous = owner.putIfAbsent(OutletTable.key(k), o.name());
                assertThat(previous == null || previous.equals(o.name()))
                        .as("'%s' names both %s and %s", k, previous, o.name()).isTrue();
            }
        }
    }

    /** The 14 outlets of SaudiNewsNet by the key its `source` field uses, and the seed outlets. */
    @ParameterizedTest
    @CsvSource({
            "aawsat, Asharq Al-Awsat", "aleqtisadiya, Al Eqtisadiah", "alhayat, Al Hayat", "aljazirah, Al Jazirah",
            "almadina, Al Madina", "alriyadh, Al Riyadh", "alsharq, Al Sharq", "alwatan, Al Watan",
            "alweeam, Al Weeam", "alyaum, Al Yaum", "arreyadi, Arriyadi", "okaz, Okaz", "sabq, Sabq",
            "3alyoum, Ain Alyoum", "الميادين, Al Mayadeen", "العربية, Al Arabiya",
            "الشرق الاوسط, Asharq Al-Awsat", "الشَّرقُ الأوسط, Asharq Al-Awsat", "  AL  ARABIYA , Al Arabiya",
            "Al-Jazeera, Al Jazeera", "aljazeera.net, Al Jazeera", "سكاي نيوز عربية, Sky News Arabia",
            "إيلاف, Elaph", "ايلاف, Elaph", "القدس العربي, Al Quds Al Arabi"})
    void findsOutletByAnyName(String name, String expected) {
        assertThat(table.byName(name)).map(Outlet::name).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "وكالة", "The Daily Nothing", "nonexistent.example"})
    void unknownNameFindsNothing(String name) {
        assertThat(table.byName(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "https://aawsat.com/node/123, Asharq Al-Awsat",
            "http://www.alriyadh.com/1069234, Al Riyadh",
            "https://www.okaz.com.sa/news/local/1, Okaz",
            "sabq.org/abc, Sabq",
            "https://www.alarabiya.net/arab-and-world/2023/09/22/x, Al Arabiya",
            "https://www.almayadeen.net/news/politics/x, Al Mayadeen",
            "https://arabic.rt.com/world/1-x/, RT Arabic",
            "https://arabic.cnn.com/middle-east, CNN Arabic",
            "https://www.bbc.com/arabic/articles/c1, BBC Arabic",
            "https://www.france24.com/ar/x, France 24 Arabic",
            "https://www.aa.com.tr/ar/x, Anadolu Arabic",
            "https://gate.ahram.org.eg/News/1.aspx, Al Ahram",
            "HTTPS://WWW.YOUM7.COM/story/2025, Youm7",
            "http://www.al-madina.com/node/620219/«الشورى» يناقش تقرير الوزارة, Al Madina",
            "https://user@aawsat.com:443/node/1?x=1#top, Asharq Al-Awsat"})
    void findsOutletByUrl(String url, String expected) {
        assertThat(table.byUrl(url)).map(Outlet::name).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"https://www.bbc.com/news/world, ", "https://www.france24.com/en/x, ", "not a url at all ::, ",
            "https://example.org/aawsat.com, ", "'', "})
    void urlOfNoKnownOutletFindsNothing(String url, String ignored) {
        assertThat(table.byUrl(url)).isEmpty();
    }
}
