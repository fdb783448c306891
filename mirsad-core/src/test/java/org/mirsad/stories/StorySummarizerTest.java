package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;

class StorySummarizerTest {

    private static Article article(String id, String headline, String body, String outlet, LocalDate date) {
        Article a = Article.segmented(id, Provenance.ofFile(id + ".txt", 3), headline, null,
                List.of(Block.paragraph(body)), List.of(), null).withOutlet(outlet);
        return date == null ? a : a.withDate(new PubDate(date, date.getDayOfWeek(), "test", 1));
    }

    private static final LocalDate MARCH_6 = LocalDate.of(2025, 3, 6);

    private final Article floods = article("a", "سيول جارفة تغلق طرق الوادي الشرقي",
            "أغلقت السيول طرق محافظة الوادي الشرقي وأجلى الدفاع المدني الأسر.", "Okaz", MARCH_6);
    private final Article evacuation = article("b", "الدفاع المدني يجلي الأسر بعد سيول الوادي الشرقي",
            "أجلى الدفاع المدني 64 أسرة بعد أن أغلقت السيول طرق الوادي الشرقي.", "Sabq", MARCH_6);
    private final Article losses = article("c", "الوادي الشرقي يحصي خسائره",
            "بدأت لجان حصر الأضرار عملها في الوادي الشرقي بعد السيول والأسر تعود.", "Al Arabiya", MARCH_6.plusDays(2));
    private final Article copy = article("d", "سيول جارفة تغلق طرق الوادي الشرقي",
            "أغلقت السيول طرق محافظة الوادي الشرقي وأجلى الدفاع المدني الأسر.", "Al Madina", MARCH_6);

    @Test
    void titleIsTheHeadlineMostLikeTheOthers() {
        StorySummary s = StorySummarizer.summarize("s1", List.of(losses, floods, evacuation), List.of());
        assertThat(s.titleArticle()).isEqualTo("b");
        assertThat(s.title()).isEqualTo(evacuation.headline());
    }

    @Test
    void timelineCountsArticlesPerDayAndDuplicatesCountOnce() {
        StorySummary s = StorySummarizer.summarize("s1", List.of(floods, evacuation, losses), List.of(copy));
        assertThat(s.articles()).isEqualTo(3);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.firstDate()).isEqualTo(MARCH_6);
        assertThat(s.lastDate()).isEqualTo(MARCH_6.plusDays(2));
        assertThat(s.timeline()).extracting(StorySummary.Day::date, StorySummary.Day::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MARCH_6, 2),
                        org.assertj.core.groups.Tuple.tuple(MARCH_6.plusDays(2), 1));
        // The duplicate's outlet carried the story too.
        assertThat(s.outlets()).extracting(StorySummary.Count::name).contains("Al Madina", "Okaz", "Sabq", "Al Arabiya");
        assertThat(s.keywords()).contains("الشرقي");
    }

    @Test
    void theOverviewIsTheSummarysTitleDatesAndCounts() {
        // twelve outlets carry the story: the summary lists ten of them, and the overview counts as many
        List<Article> copies = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            copies.add(article("d" + i, copy.headline(), "نسخة.", "Outlet " + i, MARCH_6));
        }
        copies.add(article("dn", copy.headline(), "نسخة بلا مصدر.", null, null));
        Article undated = article("e", "خبر بلا تاريخ عن سيول الوادي", "نص قصير عن السيول.", null, null);
        for (List<Article> canonicals : List.of(List.of(losses, floods, evacuation, undated), List.of(undated),
                List.of(losses))) {
            for (List<Article> duplicates : List.of(List.<Article>of(), copies)) {
                StorySummary s = StorySummarizer.summarize("s1", canonicals, duplicates);
                StorySummarizer.Overview o = StorySummarizer.overview("s1", canonicals, duplicates);
                assertThat(o).isEqualTo(new StorySummarizer.Overview(s.title(), s.titleArticle(), s.articles(),
                        s.firstDate(), s.lastDate(), s.outlets().size()));
            }
        }
        assertThat(StorySummarizer.overview("s1", List.of(losses, floods), copies).outlets())
                .isEqualTo(StorySummarizer.TOP_OUTLETS);
        assertThat(StorySummarizer.overview("s1", List.of(losses, floods, evacuation, undated), List.of()))
                .isEqualTo(new StorySummarizer.Overview(evacuation.headline(), "b", 4, MARCH_6, MARCH_6.plusDays(2), 3));
    }

    @Test
    void undatedArticlesCloseTheTimeline() {
        Article undated = article("e", "خبر بلا تاريخ عن سيول الوادي", "نص قصير عن السيول.", null, null);
        StorySummary s = StorySummarizer.summarize("s1", List.of(undated, floods), List.of());
        assertThat(s.timeline()).extracting(StorySummary.Day::date).containsExactly(MARCH_6, null);
        assertThat(s.outlets()).extracting(StorySummary.Count::name).containsExactly("Okaz");
    }

    @Test
    void oneArticleIsItsOwnTitle() {
        Article latin = article("f", "Floods close roads", "Civil defence evacuated 64 families.", "Arab News", MARCH_6);
        StorySummary s = StorySummarizer.summarize("s2", List.of(latin), List.of());
        assertThat(s.title()).isEqualTo("Floods close roads");
        assertThat(s.keywords()).contains("Floods");
    }

    @Test
    void storyWithoutArticlesIsRefused() {
        assertThatThrownBy(() -> StorySummarizer.summarize("s3", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("story s3 has no article");
    }
}
