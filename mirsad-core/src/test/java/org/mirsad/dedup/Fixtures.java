package org.mirsad.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;
import org.mirsad.model.SourceMetadata;

/** Wire-copy fixtures written for these tests (a made-up story, in the style of the seed pages). */
final class Fixtures {

    static final String HEADLINE = "وزارة المياه تطلق مشروع تحلية جديد في جدة بطاقة 400 ألف متر مكعب";

    /** Seven paragraphs of one wire story. */
    static final List<String> STORY = List.of(
            "أعلنت وزارة البيئة والمياه والزراعة، اليوم (الأحد)، إطلاق مشروع جديد لتحلية مياه البحر شمال مدينة جدة، "
                    + "بطاقة إنتاجية تصل إلى 400 ألف متر مكعب يومياً، في خطوة قالت إنها تهدف إلى سد العجز المتزايد في الصيف.",
            "وقال المتحدث باسم الوزارة في مؤتمر صحافي عقده بمقر الإمارة إن المشروع سيُنفّذ على مرحلتين، تبدأ الأولى "
                    + "مطلع العام المقبل وتنتهي بعد ثمانية عشر شهراً، فيما تكتمل الثانية قبل نهاية عام 2027 بحسب الجدول المعتمد.",
            "وأضاف أن كلفة المرحلة الأولى تبلغ نحو ثلاثة مليارات ريال، وأن تحالفاً من شركات محلية ودولية فاز بعقد "
                    + "التنفيذ بعد منافسة شاركت فيها إحدى عشرة شركة، مشيراً إلى أن المحطة ستعمل بالطاقة الشمسية جزئياً.",
            "من جهتها، رحّبت الغرفة التجارية في جدة بالمشروع، وقال رئيسها لـ«الشرق الأوسط» إن انقطاع المياه عن الأحياء "
                    + "الجنوبية خلال موجات الحر الماضية كبّد التجار خسائر كبيرة، وإن السكان ينتظرون حلاً دائماً لا مؤقتاً.",
            "وتعاني مدن الساحل الغربي من ضغط متزايد على شبكات التوزيع بسبب النمو السكاني السريع وتوسع الأحياء الجديدة، "
                    + "إذ تشير أرقام رسمية إلى أن الطلب ارتفع بنسبة خمسة وعشرين في المائة خلال السنوات الخمس الأخيرة.",
            "وكانت الوزارة قد أوقفت العام الماضي محطتين قديمتين للصيانة الشاملة، ما دفع شركة المياه الوطنية إلى الاعتماد "
                    + "على صهاريج النقل في عدد من الأحياء، وهو ما أثار شكاوى واسعة على مواقع التواصل الاجتماعي.",
            "ويتوقع خبراء في قطاع المياه أن يخفف المشروع الاعتماد على المياه الجوفية غير المتجددة، لكنهم حذروا من "
                    + "أثر المياه المالحة المرتجعة على الشعاب المرجانية في البحر الأحمر ما لم تُعالج قبل إعادتها إلى البحر.");

    /** Another story under the same headline (a follow-up day). */
    static final List<String> OTHER_STORY = List.of(
            "نفت شركة المياه الوطنية ما تداولته حسابات على مواقع التواصل عن تأجيل مشروع التحلية في جدة، مؤكدة أن "
                    + "أعمال المسح البحري بدأت فعلاً الأسبوع الماضي بمشاركة فرق من جامعة الملك عبد العزيز.",
            "وأوضحت الشركة في بيان أن الشائعات استندت إلى وثيقة قديمة تعود إلى عام 2019، حين كانت الخطة تقضي بتوسعة "
                    + "المحطة القائمة بدلاً من بناء محطة جديدة، وهي خطة أُلغيت بعد دراسة الجدوى.",
            "ودعت الشركة المواطنين إلى استقاء المعلومات من القنوات الرسمية، مشيرة إلى أنها ستنشر تقارير شهرية عن "
                    + "سير العمل ونسب الإنجاز على موقعها الإلكتروني اعتباراً من الشهر المقبل.");

    private Fixtures() {
    }

    static Article article(String id, String headline, List<String> paragraphs) {
        List<Block> blocks = new ArrayList<>();
        paragraphs.forEach(p -> blocks.add(Block.paragraph(p)));
        return Article.segmented(id, Provenance.ofFile("fixtures/page.txt", paragraphs.size() + 1), headline,
                null, blocks, List.of(), SourceMetadata.NONE);
    }

    static Article dated(String id, List<String> paragraphs, LocalDate date) {
        return article(id, HEADLINE, paragraphs).withDate(new PubDate(date, date.getDayOfWeek(), null, 1));
    }

    static Article withCaption(Article a, String caption) {
        return new Article(a.id(), a.source(), a.headline(), a.lede(), a.blocks(), List.of(new Caption(caption, "(واس)")),
                a.outlet(), a.date(), a.agencies(), a.entities(), a.quotes(), a.events(), null, null, a.sourceMetadata());
    }
}
