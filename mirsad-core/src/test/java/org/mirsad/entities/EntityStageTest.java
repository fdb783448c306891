package org.mirsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.gazetteer.ActorDictionary;
import org.mirsad.gazetteer.Countries;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;

class EntityStageTest {

    private static final EntityStage STAGE = new EntityStage();

    private static Entity named(List<Entity> es, String latin) {
        return es.stream().filter(e -> latin.equals(e.latin())).findFirst().orElseThrow(
                () -> new AssertionError("no " + latin + " in " + es));
    }

    @Test
    void joinsSurnameAndCliticFormsToTheFullName() {
        Article a = Article.segmented("x", null, "الكرملين يرد على باكو",
                null, List.of(Block.paragraph("وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو تتابع الوضع في ناغورنو كاراباخ."),
                        Block.paragraph("وأضاف بيسكوف أن الرئيس فلاديمير بوتين سيتحدث مع القادة، وأن لبوتين موقفا واضحا بشأن كاراباخ.")),
                List.of(), null);
        List<Entity> es = STAGE.apply(a).entities();
        assertThat(named(es, "Dmitry Peskov").mentions()).contains("دميتري بيسكوف", "بيسكوف");
        assertThat(named(es, "Vladimir Putin").mentions()).contains("فلاديمير بوتين", "لبوتين");
        assertThat(named(es, "Nagorno-Karabakh").mentions()).contains("ناغورنو كاراباخ", "كاراباخ");
        assertThat(named(es, "Kremlin").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void aPrepositionBeforeTheArticleIsNotPartOfAPlaceName() {
        // Doha only with the preposition: neither the lexicon nor the rest of the text names it bare
        List<Entity> es = STAGE.entities("عقد وزراء خارجية دول الخليج اجتماعهم الدوري بالدوحة يوم الأحد.");
        assertThat(es).extracting(Entity::canonical).contains("الدوحة")
                .noneMatch(c -> c.startsWith("\u0628\u0627\u0644"));
    }

    @Test
    void anAdjectiveIsNotTheCountry() {
        List<Entity> es = STAGE.entities("قصفت القوات الأذربيجانية مواقع قرب الحدود، وقالت أذربيجان إنها سترد.");
        assertThat(named(es, "Azerbaijan").mentions()).containsExactly("أذربيجان");
    }

    @Test
    void emptyLatinAndDiacriticHeavyText() {
        assertThat(STAGE.entities("")).isEmpty();
        assertThat(STAGE.entities("   \n\n ")).isEmpty();
        assertThat(STAGE.entities("وَقَالَ الرَّئِيسُ فلاديمير بوتين فِي مُوسْكُو")).extracting(Entity::latin)
                .contains("Vladimir Putin", "Moscow");
    }

    @Test
    void shippedGazetteersLoad() {
        assertThat(Countries.all()).hasSizeGreaterThan(240)
                .anySatisfy(c -> assertThat(c.english()).isEqualTo("Azerbaijan"));
        assertThat(ActorDictionary.all()).hasSizeGreaterThan(5000)
                .anySatisfy(a -> {
                    assertThat(a.name()).isEqualTo("دميتري بيسكوف");
                    assertThat(a.code()).isEqualTo("RUSGOV");
                });
    }
}
