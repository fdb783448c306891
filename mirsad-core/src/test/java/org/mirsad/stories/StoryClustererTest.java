package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;

class StoryClustererTest {

    private static final String FLOOD = "فيضانات";

    private static Article article(String id, String headline, String... paragraphs) {
        return Article.segmented(id, Provenance.ofFile(id + ".txt", 1 + paragraphs.length), headline, null,
                java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList(), List.of(), null);
    }

    private static final List<Article> FLOODS = List.of(
            article("f1", "فيضانات عارمة تجتاح مدينة درنة الليبية وتشرد الآلاف",
                    "اجتاحت فيضانات عارمة مدينة درنة في شرق ليبيا بعد انهيار سدين إثر العاصفة دانيال.",
                    "وقال مسؤولون في الهلال الأحمر الليبي إن آلاف السكان شردوا من منازلهم في درنة."),
            article("f2", "ارتفاع حصيلة ضحايا فيضانات درنة في ليبيا",
                    "ارتفعت حصيلة ضحايا الفيضانات في مدينة درنة الليبية بعد انهيار السدين خلال العاصفة دانيال.",
                    "وأعلن الهلال الأحمر الليبي أن فرق الإنقاذ تواصل البحث عن المفقودين في درنة."),
            article("f3", "فرق الإنقاذ الدولية تصل إلى درنة المنكوبة بالفيضانات",
                    "وصلت فرق إنقاذ دولية إلى مدينة درنة الليبية التي دمرت الفيضانات أحياء كاملة منها.",
                    "وتبحث الفرق عن ناجين تحت الأنقاض بعد انهيار سدي درنة."));

    private static final List<Article> FINAL = List.of(
            article("m1", "الأهلي يتوج بلقب دوري أبطال أفريقيا بعد فوزه على الترجي",
                    "توج النادي الأهلي المصري بلقب دوري أبطال أفريقيا لكرة القدم بعد فوزه على الترجي التونسي.",
                    "وسجل مهاجم الأهلي هدف الفوز في الدقيقة الثمانين من المباراة النهائية في القاهرة."),
            article("m2", "جماهير الأهلي تحتفل بلقب أبطال أفريقيا في شوارع القاهرة",
                    "احتفلت جماهير النادي الأهلي في شوارع القاهرة بفوز فريقها على الترجي في نهائي دوري أبطال أفريقيا.",
                    "وكان الأهلي قد حسم المباراة النهائية بهدف وحيد."));

    private static Map<String, String> cluster(List<Article> articles) {
        StoryStage stage = new StoryStage();
        Map<String, String> story = new HashMap<>();
        for (Article a : articles) {
            story.put(a.id(), stage.apply(a).story());
        }
        story.replaceAll((id, s) -> stage.resolve(s));
        return story;
    }

    @Test
    void groupsArticlesOfOneStoryAndSeparatesAnother() {
        List<Article> all = new ArrayList<>(FLOODS);
        all.addAll(FINAL);
        Map<String, String> story = cluster(all);
        assertThat(new java.util.HashSet<>(List.of(story.get("f1"), story.get("f2"), story.get("f3")))).hasSize(1);
        assertThat(story.get("m1")).isEqualTo(story.get("m2"));
        assertThat(story.get("m1")).isNotEqualTo(story.get("f1"));
    }

    @Test
    void partitionDoesNotDependOnOrder() {
        List<Article> all = new ArrayList<>(FLOODS);
        all.addAll(FINAL);
        Map<String, String> first = cluster(all);
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(all, random);
            Map<String, String> again = cluster(all);
            for (Article a : all) {
                for (Article b : all) {
                    assertThat(again.get(a.id()).equals(again.get(b.id())))
                            .as("%s and %s", a.id(), b.id())
                            .isEqualTo(first.get(a.id()).equals(first.get(b.id())));
                }
            }
        }
    }

    @Test
    void duplicateTakesItsCanonicalsStory() {
        StoryStage stage = new StoryStage();
        String s = stage.apply(FLOODS.get(0)).story();
        Article copy = article("copy", "عنوان آخر تماما", "نص مختلف لا يشبه شيئا").withDuplicateOf("f1");
        assertThat(stage.apply(copy).story()).isEqualTo(s);
    }

    @Test
    void articlesMonthsApartAreSeparateStories() {
        StoryStage stage = new StoryStage();
        Article early = FLOODS.get(0).withDate(new PubDate(LocalDate.of(2023, 9, 12), null, null, 1));
        Article late = FLOODS.get(1).withDate(new PubDate(LocalDate.of(2024, 3, 1), null, null, 1));
        assertThat(stage.apply(early).story()).isNotEqualTo(stage.apply(late).story());
    }

    @Test
    void emptyAndNonArabicArticlesGetAStoryOfTheirOwn() {
        StoryStage stage = new StoryStage();
        String a = stage.apply(article("e", "")).story();
        String b = stage.apply(article("l", "Stocks fall in Tokyo", "Markets dropped sharply.")).story();
        assertThat(a).isNotBlank().isNotEqualTo(b);
    }

    @Test
    void stopWordsLoadAndReportingVerbsCarryNoWeight() {
        assertThat(StopWords.size()).isGreaterThan(700);
        assertThat(StoryTerms.stem("وقال")).isNull();
        assertThat(StoryTerms.of(article("x", FLOOD))).containsKey(StoryTerms.stem(FLOOD));
    }
}
