package org.mirsad.store;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.model.Event;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;
import org.mirsad.model.Quote;
import org.mirsad.model.SourceMetadata;

/** Articles written for the store tests, in the style of the seed pages. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Article article(String path, String headline, String... paragraphs) {
        Provenance p = new Provenance(path, 1, 3 + paragraphs.length, 0, -1, null, null);
        List<Block> blocks = java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList();
        return Article.segmented(ArticleId.of(p, headline), p, headline, null, blocks, List.of(), SourceMetadata.NONE);
    }

    /** An article with every field filled, as the full pipeline would leave it. */
    public static Article annotated() {
        Provenance p = new Provenance("pages/feed.jsonl", 7, 7, 3, -1, "https://example.org/news/1",
                Instant.parse("2023-09-19T08:30:00Z"));
        Entity peskov = new Entity("e-peskov", "ديميتري بيسكوف", EntityType.PER, List.of("ديميتري بيسكوف", "بيسكوف"),
                "Dmitry Peskov");
        Entity moscow = new Entity("e-moscow", "موسكو", EntityType.LOC, List.of("موسكو"), null);
        Article a = new Article("a1", p, "الكرملين «قلق» من التصعيد في كاراباخ", "أعلن الكرملين اليوم (الثلاثاء) قلقه.",
                List.of(Block.paragraph("قال الناطق باسم الكرملين، ديميتري بيسكوف، إن موسكو «قلقة»."),
                        Block.subhead("دعوة إلى التفاوض"),
                        Block.paragraph("وأضاف بيسكوف أن الحوار ضروري.")),
                List.of(new Caption("قصر الكرملين وسط موسكو", "أرشيفية - رويترز")),
                "Asharq Al-Awsat",
                new PubDate(LocalDate.of(2023, 9, 19), DayOfWeek.TUESDAY, "اليوم (الثلاثاء)", 0.8),
                List.of("AFP", "AWP"), List.of(peskov, moscow),
                List.of(new Quote("ديميتري بيسكوف", "e-peskov", "موسكو «قلقة»", Quote.Kind.INDIRECT)),
                List.of(new Event("CONSULT", "e-moscow", null, "التفاوض", "دعوة إلى التفاوض")),
                null, "s-karabakh",
                new SourceMetadata("الكرملين قلق", "2023-09-19", "الشرق الأوسط", "مراسل"));
        return a;
    }
}
