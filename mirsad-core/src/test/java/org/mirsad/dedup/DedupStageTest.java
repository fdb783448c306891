package org.mirsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mirsad.dedup.Fixtures.HEADLINE;
import static org.mirsad.dedup.Fixtures.OTHER_STORY;
import static org.mirsad.dedup.Fixtures.STORY;
import static org.mirsad.dedup.Fixtures.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mirsad.Mirsad;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.pipeline.Stage;

class DedupStageTest {

    private final DedupStage stage = new DedupStage();

    private Article original() {
        return article("original", HEADLINE, STORY);
    }

    @Test
    void marksExactCopyFromAnotherOutlet() {
        stage.apply(original());
        assertThat(stage.apply(article("outlet-2", HEADLINE, STORY)).duplicateOf()).isEqualTo("original");
    }

    @Test
    void groupsReorderedParagraphs() {
        List<String> reordered = new ArrayList<>(STORY);
        Collections.swap(reordered, 1, 4);
        Collections.swap(reordered, 2, 6);
        assertThat(stage.apply(original()).duplicateOf()).isNull();
        Article placed = stage.apply(article("reordered", HEADLINE, reordered));
        // One group, whichever of the two texts (same date, same length) the canonical rule elects.
        Article settledOriginal = stage.settle(original());
        assertThat(placed.duplicateOf() == null ? settledOriginal.duplicateOf() : placed.duplicateOf())
                .isEqualTo(placed.duplicateOf() == null ? "reordered" : "original");
    }

    @Test
    void groupsCopyWithOneChangedSentence() {
        List<String> changed = new ArrayList<>(STORY);
        changed.set(2, STORY.get(2).replace("مشيراً إلى أن المحطة ستعمل بالطاقة الشمسية جزئياً",
                "ولم يكشف عن أسماء الشركات الفائزة حتى الآن"));
        assertThat(changed.get(2)).isNotEqualTo(STORY.get(2));
        stage.apply(original());
        assertThat(stage.apply(article("sentence", HEADLINE, changed)).duplicateOf()).isEqualTo("original");
    }

    @Test
    void groupsTruncatedRepublicationByContainment() {
        List<String> firstFour = STORY.subList(0, 4);
        Fingerprinter fp = new Fingerprinter(DedupConfig.DEFAULT);
        Fingerprint full = fp.of(original());
        Fingerprint cut = fp.of(article("truncated", HEADLINE, firstFour));
        double jaccard = Similarity.jaccard(full.sketch(), 0, cut.sketch(), 0, full.sketch().length);
        assertThat(jaccard).as("below the Jaccard threshold: only containment can join them")
                .isLessThan(DedupConfig.DEFAULT.threshold());

        stage.apply(original());
        assertThat(stage.apply(article("truncated", HEADLINE, firstFour)).duplicateOf()).isEqualTo("original");
    }

    @Test
    void truncatedCopyIsAloneWhenContainmentIsOff() {
        DedupConfig off = DedupConfig.DEFAULT.withContainment(2);
        DedupStage noContainment = new DedupStage(new InMemoryDedupIndex(off), off, c -> { });
        noContainment.apply(original());
        assertThat(noContainment.apply(article("truncated", HEADLINE, STORY.subList(0, 4))).duplicateOf()).isNull();
    }

    @Test
    void shortTeaserIsNotACopy() {
        stage.apply(original());
        assertThat(stage.apply(article("teaser", HEADLINE, STORY.subList(0, 1))).duplicateOf()).isNull();
    }

    @Test
    void differentHeadlineSameBodyIsADuplicate() {
        Article original = stage.apply(original());
        Article retitled = stage.apply(article("retitled", "جدة: محطة تحلية بـ3 مليارات ريال لإنهاء أزمة الصيف",
                STORY));
        assertOneGroup(original, retitled);
    }

    @Test
    void differentCaptionSameBodyIsADuplicate() {
        stage.apply(Fixtures.withCaption(original(), "موقع المحطة المقترحة شمال جدة"));
        Article other = Fixtures.withCaption(article("with-caption", HEADLINE, STORY), "وزير البيئة خلال المؤتمر الصحافي");
        assertThat(stage.apply(other).duplicateOf()).isEqualTo("original");
    }

    @Test
    void sameHeadlineDifferentBodyIsNotADuplicate() {
        stage.apply(original());
        assertThat(stage.apply(article("other", HEADLINE, OTHER_STORY)).duplicateOf()).isNull();
    }

    @Test
    void groupsPersianLetterAndDiacriticVariant() {
        List<String> variant = STORY.stream().map(DedupStageTest::persianAndDiacritics).toList();
        assertThat(variant.get(0)).isNotEqualTo(STORY.get(0)).contains("\u06A9").contains("\u064E").contains("\u0640");
        Fingerprinter fp = new Fingerprinter(DedupConfig.DEFAULT);
        assertThat(fp.of(article("variant", HEADLINE, variant)).exactHash()).isEqualTo(fp.of(original()).exactHash());

        stage.apply(original());
        assertThat(stage.apply(article("variant", HEADLINE, variant)).duplicateOf()).isEqualTo("original");
    }

    @Test
    void emptyBodiesAreNeverDuplicates() {
        assertThat(stage.apply(article("empty1", HEADLINE, List.of())).duplicateOf()).isNull();
        assertThat(stage.apply(article("empty2", HEADLINE, List.of("  ،  «»  "))).duplicateOf()).isNull();
    }

    @Test
    void nonArabicTextIsDeduplicatedToo() {
        List<String> english = List.of("The ministry launched a new desalination plant north of Jeddah on Sunday, "
                + "with a capacity of four hundred thousand cubic metres a day, to close the summer deficit.");
        Article en1 = stage.apply(article("en1", "Jeddah plant", english));
        Article en2 = stage.apply(article("en2", "JEDDAH PLANT", List.of(english.get(0).toUpperCase())));
        assertOneGroup(en1, en2);
    }

    @Test
    void sameGroupsAndCanonicalsInEveryOrder() {
        List<Article> input = variants();
        Map<String, String> first = null;
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<Article> order = new ArrayList<>(input);
            Collections.shuffle(order, random);
            InMemoryDedupIndex index = new InMemoryDedupIndex(DedupConfig.DEFAULT);
            DedupStage s = new DedupStage(index, DedupConfig.DEFAULT, c -> { });
            order.forEach(s::apply);
            Map<String, String> canon = new HashMap<>();
            input.forEach(a -> canon.put(a.id(), index.canonicalOf(a.id())));
            if (first == null) {
                first = canon;
            }
            assertThat(canon).isEqualTo(first);
        }
        assertThat(first.get("reordered")).isEqualTo("earliest");
        assertThat(first.get("truncated")).isEqualTo("earliest");
        assertThat(first.get("other-a")).isEqualTo("other-a");
        assertThat(first.get("other-b")).isEqualTo("other-a");
    }

    @Test
    void exactCopiesUnderOtherHeadlinesElectTheSameCopyFromAnyFolder() {
        // Ids hash the input's absolute path: the same two files read from two folders get other ids, and
        // the smaller id is the other copy in the second folder. The copy hash decides before the id does.
        String elected = null;
        for (String[] folder : new String[][] {{"crawl-a/", "id-1", "id-2"}, {"crawl-b/", "id-4", "id-3"}}) {
            DedupStage s = new DedupStage();
            Article agency = copyIn(folder[0] + "agency.txt", folder[1], HEADLINE);
            Article paper = copyIn(folder[0] + "paper.txt", folder[2], "مشروع تحلية جديد في جدة");
            s.apply(agency);
            s.apply(paper);
            Article canonical = s.settle(agency).duplicateOf() == null ? agency : paper;
            assertThat(s.settle(canonical == agency ? paper : agency).duplicateOf()).isEqualTo(canonical.id());
            if (elected == null) {
                elected = canonical.headline();
            }
            assertThat(canonical.headline()).isEqualTo(elected);
        }
        assertThat(ArticleId.copyHash(copyIn("crawl-a/agency.txt", "x", HEADLINE)))
                .isEqualTo(ArticleId.copyHash(copyIn("/elsewhere/agency.txt", "y", HEADLINE)))
                .isNotEqualTo(ArticleId.copyHash(copyIn("crawl-a/paper.txt", "x", HEADLINE)))
                .isNotEqualTo(ArticleId.copyHash(copyIn("crawl-a/agency.txt", "x", "عنوان آخر")));
    }

    /** One group of two, whichever copy the rule elects (exact copies under other headlines: the copy hash). */
    private void assertOneGroup(Article a, Article b) {
        String aOf = stage.settle(a).duplicateOf();
        String bOf = stage.settle(b).duplicateOf();
        assertThat(aOf == null ? bOf : aOf).isEqualTo(aOf == null ? a.id() : b.id());
        assertThat(aOf == null || bOf == null).isTrue();
    }

    private static Article copyIn(String path, String id, String headline) {
        List<Block> blocks = new ArrayList<>();
        STORY.forEach(p -> blocks.add(Block.paragraph(p)));
        return Article.segmented(id, Provenance.ofFile(path, STORY.size() + 1), headline, null,
                blocks, List.of(), SourceMetadata.NONE);
    }

    @Test
    void settleNamesTheCanonicalChosenAfterTheArticleWasPlaced() {
        Article undated = stage.apply(article("a-undated", HEADLINE, STORY));
        Article dated = stage.apply(Fixtures.dated("b-dated", STORY, LocalDate.of(2024, 5, 5)));
        Article other = stage.apply(article("other", HEADLINE, OTHER_STORY));
        assertThat(undated.duplicateOf()).isNull();
        assertThat(stage.settle(undated).duplicateOf()).isEqualTo("b-dated");
        assertThat(stage.settle(dated).duplicateOf()).isNull();
        assertThat(stage.settle(other).duplicateOf()).isNull();
        Article unknown = article("never-seen", HEADLINE, STORY).withDuplicateOf("x");
        assertThat(stage.settle(unknown)).isSameAs(unknown);
    }

    @Test
    void declaresItNeedsTextAndProvidesDuplicate() {
        assertThat(stage.requires()).containsExactly(Field.TEXT);
        assertThat(stage.provides()).containsExactly(Field.DUPLICATE);
        assertThat(Mirsad.pipeline().stages()).anyMatch(s -> s.name().equals("dedup"));
    }

    @Test
    void defaultPipelineTakesAnotherIndexInPlaceOfItsOwn() {
        InMemoryDedupIndex mine = new InMemoryDedupIndex(DedupConfig.DEFAULT);
        Pipeline p = Mirsad.pipeline().replacing(new DedupStage(mine, DedupConfig.DEFAULT, c -> { }));
        p.annotate(original());
        assertThat(p.annotate(article("outlet-2", HEADLINE, STORY)).duplicateOf()).isEqualTo("original");
        assertThat(mine.size()).isEqualTo(2);
        Stage nothing = new Stage() {
            public String name() {
                return "nothing";
            }

            public Set<Field> requires() {
                return Set.of();
            }

            public Set<Field> provides() {
                return Set.of();
            }

            public Article apply(Article a) {
                return a;
            }
        };
        assertThatThrownBy(() -> p.replacing(nothing)).hasMessage("no stage named 'nothing' to replace");
    }

    private static List<Article> variants() {
        List<String> reordered = new ArrayList<>(STORY);
        Collections.swap(reordered, 0, 3);
        return List.of(
                Fixtures.dated("later", STORY, LocalDate.of(2024, 5, 6)),
                Fixtures.dated("earliest", STORY, LocalDate.of(2024, 5, 5)),
                article("reordered", HEADLINE, reordered),
                article("truncated", HEADLINE, STORY.subList(0, 4)),
                article("variant", "عنوان آخر", STORY.stream().map(DedupStageTest::persianAndDiacritics).toList()),
                article("other-a", HEADLINE, OTHER_STORY),
                article("other-b", "عنوان مختلف", OTHER_STORY));
    }

    /** Keheh for kaf, Farsi yeh for yeh, a fatha after every lam and a tatweel after every meem. */
    static String persianAndDiacritics(String s) {
        return s.replace('\u0643', '\u06A9').replace('\u064A', '\u06CC').replace("\u0644", "\u0644\u064E")
                .replace("\u0645", "\u0645\u0640");
    }
}
