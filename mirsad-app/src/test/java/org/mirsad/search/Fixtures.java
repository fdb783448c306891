package org.mirsad.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.model.Event;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;
import org.mirsad.model.Quote;

/**
 * A small corpus written for these tests in the messy style of the crawl pages (Persian letters,
 * diacritics, clitics, variant spellings, a verbatim duplicate), and builders for more.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Article article(String id, String outlet, String date, String headline, String lede,
                                  String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.paragraph(p));
        }
        PubDate d = date == null ? PubDate.UNKNOWN : new PubDate(LocalDate.parse(date), null, date, 1);
        return new Article(id, Provenance.ofFile("fixture-" + id + ".txt", 10), headline, lede, blocks, List.of(),
                outlet, d, List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    public static Entity entity(String id, String canonical, EntityType type, String... mentions) {
        return new Entity(id, canonical, type, List.of(mentions), null);
    }

    /** The corpus: ids a (and its duplicate a2), d, e, f, g, x1, x2. */
    public static List<Article> corpus() {
        Entity putin = new Entity("e-putin", "فلاديمير بوتين", EntityType.PER, List.of("فلاديمير بوتين", "بوتين"),
                "Vladimir Putin");
        Entity putinVariant = new Entity("e-putin", "فلاديمير بوتين", EntityType.PER, List.of("فلاديمير بوتن"),
                "Vladimir Putin");
        Entity peskov = entity("e-peskov", "ديميتري بيسكوف", EntityType.PER, "ديميتري بيسكوف", "بيسكوف");
        Entity karabakh = entity("e-karabakh", "ناغورنو كاراباخ", EntityType.LOC, "كاراباخ", "إقليم كاراباخ");
        Article a = article("a", "Asharq Al-Awsat", null,
                "الكرملين يسعى إلى «إقناع» أرمينيا وأذربيجان بالعودة إلى المفاوضات",
                "قال الكرملين، الثلاثاء، إنه يسعى لإقناع الطرفين بالحوار.",
                "وأوضح المتحدث باسم الكرملين ديميتري بيسكوف أن موسكو على اتصال مع يريفان وباكو.",
                "وقال بيسكوف: «نواصل اتصالاتنا مع الطرفين»، مضيفاً أن الحل سياسي.")
                .withEntities(List.of(peskov, karabakh)).withStory("s-karabakh")
                .withQuotes(List.of(new Quote("ديميتري بيسكوف", "e-peskov", "نواصل اتصالاتنا مع الطرفين",
                        Quote.Kind.DIRECT)));
        Article a2 = a.withId("a2").withDuplicateOf("a").withOutlet("Al Arabiya");
        Article d = article("d", "Al Mayadeen", "2023-09-20",
                "الكرملين: لا نقبل اتهامات أرمينيا بشأن کاراباخ",
                "رفض المتحدث باسم الرئاسة الروسية ديميتري بيسكوف اتهامات يريفان.",
                "وقال بيسكوف للصحافيين: «نحن لا نقبل مثل هذا الاتهام».")
                .withEntities(List.of(peskov, karabakh)).withStory("s-karabakh")
                .withEvents(List.of(new Event("REJECT", "الكرملين", "أرمينيا", "لا نقبل", "نحن لا نقبل")));
        Article e = article("e", "Asharq Al-Awsat", "2023-09-23",
                "انفصاليو کاراباخ يسلّمون أسلحتهم",
                "بدأ الانفصاليون الأرمن في الإقليم تسليم أسلحتهم الثقيلة.",
                "وأعلنت وزارة الدفاع الأذربيجانية أنّ العمليّة تجري بإشراف قوات حفظ السلام الروسية.")
                .withEntities(List.of(karabakh)).withStory("s-karabakh");
        Article f = article("f", "Asharq Al-Awsat", "2024-11-12",
                "كوريا الشمالية تصادق على معاهدة دفاعية مع روسيا",
                "صادقت بيونغ يانغ على معاهدة الشراكة الاستراتيجية الشاملة التي وقّعها كيم جونغ أون والرئيس الروسي.",
                "وكان الرئيس فلاديمير بوتين قد وقّع المعاهدة في حزيران/يونيو خلال زيارته إلى بيونغ يانغ.")
                .withEntities(List.of(putin)).withStory("s-korea");
        Article g = article("g", "Al Arabiya", "2023-09-22",
                "انتهاكات لوقف النار بكاراباخ.. والطرفان مستعدان للحوار",
                "أعلنت وزارة الدفاع الروسية رصد انتهاكات لوقف إطلاق النار في ناغورنو کاراباخ.",
                "وبحث الرئيس الروسي فلاديمير بوتن الوضع مع مجلس الأمن.")
                .withEntities(List.of(putinVariant, karabakh)).withStory("s-karabakh");
        Article x1 = article("x1", "Al Mayadeen", "2024-01-05",
                "شي جين بينغ يستقبل وفداً تجارياً", "استقبل الرئيس الصيني شي جين بينغ وفداً في بكين.")
                .withEntities(List.of(entity("e-xi", "شي جين بينغ", EntityType.PER, "شي جين بينغ")));
        Article x2 = article("x2", "Al Mayadeen", "2024-01-07",
                "مباحثات صينية روسية", "أجرى الرئيس شي جي بينغ مباحثات هاتفية.")
                .withEntities(List.of(entity("e-xi", "شي جين بينغ", EntityType.PER, "شي جي بينغ")));
        return List.of(a, a2, d, e, f, g, x1, x2);
    }

    /** Indexes {@code articles} into data directory {@code dataDir}. */
    public static void index(Path dataDir, List<Article> articles) throws IOException {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dataDir)) {
            for (Article a : articles) {
                index.add(a);
            }
            index.commit();
        }
    }

    public static Article withCaptions(Article a, List<Caption> captions) {
        return new Article(a.id(), a.source(), a.headline(), a.lede(), a.blocks(), captions, a.outlet(), a.date(),
                a.agencies(), a.entities(), a.quotes(), a.events(), a.duplicateOf(), a.story(), a.sourceMetadata());
    }
}
