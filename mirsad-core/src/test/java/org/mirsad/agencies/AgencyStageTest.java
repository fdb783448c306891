package org.mirsad.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;

class AgencyStageTest {

    private final AgencyStage stage = new AgencyStage();

    private static Article article(String headline, List<Block> blocks, List<Caption> captions) {
        return Article.segmented("a", Provenance.ofFile("p.txt", 20), headline, null, blocks, captions,
                SourceMetadata.NONE);
    }

    @Test
    void textAgenciesComeBeforeCaptionCreditsEachOnce() {
        Article a = article("القمة الإقليمية تبحث ملف المياه", List.of(
                Block.paragraph("وفق «وكالة الصحافة الفرنسية»، قال المتحدث إن القمة تبدأ اليوم."),
                Block.paragraph("ونقلت «وكالة أنباء العالم العربي» عن مسؤول أن البيان جاهز."),
                Block.subhead("خلاف على الصياغة"),
                Block.paragraph("وذكرت وكالة «سبوتنيك» أن الوفود اختلفت، فيما قالت فرانس برس إن الخلاف حُلّ.")),
                List.of(new Caption("القادة في صورة جماعية", "أرشيفية - رويترز"),
                        new Caption("قاعة المؤتمر", "أ.ف.ب")));
        assertThat(stage.apply(a).agencies()).containsExactly("AFP", "Arab World Press", "Sputnik", "Reuters");
    }

    @Test
    void creditInsideCaptionTextIsFound() {
        Article a = article("فيضانات", List.of(Block.paragraph("غمرت المياه الشوارع.")),
                List.of(new Caption("سيارات عالقة في المياه (أ.ب)", null)));
        assertThat(stage.apply(a).agencies()).containsExactly("AP");
    }

    @Test
    void articleWithoutAgenciesHasNone() {
        Article a = article("خبر محلي", List.of(Block.paragraph("افتتحت البلدية حديقة جديدة في الحي.")), List.of());
        assertThat(stage.apply(a).agencies()).isEmpty();
    }
}
