package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.tokens.ArticleTokens;

class StoryTermsTest {

    @Test
    void theArticlesTokensGiveTheSameWeightedTerms() {
        Article a = Article.segmented("x", null, "الحكومة تعلن خطة جديدة للطاقة",
                "أعلنت الحكومة عام2015 خطة بقيمة 3.5 مليار دولار، وفقا لـ Reuters.",
                List.of(Block.paragraph("قالت وزارة الطاقة إن الخطة تشمل محطات جديدة للطاقة الشمسية."),
                        Block.subhead("محطات الطاقة"),
                        Block.paragraph("وأضافت الوزارة أن المحطات الجديدة ستعمل قبل نهاية العام."),
                        Block.paragraph("وتأتي الخطة بعد ارتفاع أسعار الطاقة في المنطقة.")),
                List.of(), null);
        Map<String, Float> own = StoryTerms.of(a).asMap();
        assertThat(own).containsEntry("جديد", 7f).containsKey("Reuters").hasSizeGreaterThan(10);
        // twice: the second time the stems come from the records
        assertThat(StoryTerms.of(a, ArticleTokens.of(a)).asMap()).isEqualTo(own);
        assertThat(StoryTerms.of(a, ArticleTokens.of(a)).asMap()).isEqualTo(own);
    }

    @Test
    void piecesWithFiguresAndLatinWordsGiveTheSameTermsAStretchAtATime() {
        // each piece holds what the two tokenisers cut differently (figures, Latin words, letters glued to
        // digits), between stretches they cut alike, and a word repeated on both sides of them
        Article a = Article.segmented("y", null, "ارتفاع أسعار النفط 5% في 2024",
                "قالت شركة Aramco إن إنتاجها بلغ 9.5 مليون برميل يوميا، وإن أسعار النفط ترتفع.",
                List.of(Block.paragraph("وأوضح المتحدث (H-6) أن الشركة رفعت إنتاجها عام2023 بنسبة ٣٫٥ بالمئة."),
                        Block.paragraph("وذكرت وكالة O'Neil للأنباء أن أسعار النفط سجلت 80,000 نقطة، وأن الشركة ستواصل."),
                        Block.paragraph("وتتوقع الشركة أن يستمر ارتفاع أسعار النفط خلال الأشهر المقبلة.")),
                List.of(), null);
        Map<String, Float> own = StoryTerms.of(a).asMap();
        assertThat(own).containsKeys("Aramco", "O'Neil").containsEntry("نفط", 3f + 2f + 2f + 1f);
        assertThat(StoryTerms.of(a, ArticleTokens.of(a)).asMap()).isEqualTo(own);
        assertThat(StoryTerms.of(a, ArticleTokens.of(a)).asMap()).isEqualTo(own);
    }
}
