package org.mirsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.model.Provenance;
import org.mirsad.model.Quote;

/** The name a corpus gives an entity from what its articles call it. */
class EntityVotesTest {

    private static EntityVotes votes(Object... nameTypeArticles) {
        EntityVotes v = new EntityVotes();
        for (int i = 0; i < nameTypeArticles.length; i += 3) {
            String name = (String) nameTypeArticles[i];
            v.add(name, (EntityType) nameTypeArticles[i + 1], "latin of " + name, (Integer) nameTypeArticles[i + 2]);
        }
        return v;
    }

    @Test
    void theFullestNameManyArticlesGiveWins() {
        EntityVotes v = votes("عزام الدخيل", EntityType.PER, 97, "عزام بن محمد الدخيل", EntityType.PER, 29);
        assertThat(v.winner()).isEqualTo(new EntityVotes.Name("عزام بن محمد الدخيل", EntityType.PER,
                "latin of عزام بن محمد الدخيل"));
        assertThat(v.articles()).isEqualTo(126);
    }

    @Test
    void aFullerNameFewArticlesGiveDoesNot() {
        // under a quarter of the most given name's articles, or one article: not the corpus's name for it
        assertThat(votes("كريتر", EntityType.PER, 41, "جيمي كارتر", EntityType.PER, 10).winner().canonical())
                .isEqualTo("كريتر");
        assertThat(votes("بيسكوف", EntityType.PER, 2, "ديميتري بيسكوف", EntityType.PER, 1).winner().canonical())
                .isEqualTo("بيسكوف");
        // but where every name is given once, the fullest stands
        assertThat(votes("بيسكوف", EntityType.PER, 1, "ديميتري بيسكوف", EntityType.PER, 1).winner().canonical())
                .isEqualTo("ديميتري بيسكوف");
    }

    @Test
    void spellingsOfOneFullnessGoByArticlesThenLengthThenCodePoints() {
        assertThat(votes("لوس أنجلوس", EntityType.LOC, 43, "لوس أنجليس", EntityType.LOC, 44).winner().canonical())
                .isEqualTo("لوس أنجليس");
        // عبد and the word after it are one word of a name: the spelling apart is no fuller
        assertThat(votes("محمد بن عبدالرحمن المخرج", EntityType.PER, 22, "محمد بن عبد الرحمن المخرج", EntityType.PER, 14)
                .winner().canonical()).isEqualTo("محمد بن عبدالرحمن المخرج");
        assertThat(votes("تشلسي", EntityType.ORG, 5, "تشيلسي", EntityType.ORG, 5).winner().canonical()).isEqualTo("تشيلسي");
        assertThat(votes("ادلب", EntityType.LOC, 3, "إدلب", EntityType.LOC, 3).winner().canonical()).isEqualTo("إدلب");
    }

    @Test
    void theTypeIsVotedApartFromTheName() {
        EntityVotes v = votes("برشلونة", EntityType.LOC, 10, "برشلونه", EntityType.ORG, 8, "برشلونة", EntityType.ORG, 5);
        assertThat(v.winner()).isEqualTo(new EntityVotes.Name("برشلونة", EntityType.ORG, "latin of برشلونة"));
        // equal types: the first of the enum's order
        assertThat(votes("الجزيرة", EntityType.ORG, 2, "الجزيرة", EntityType.LOC, 2).winner().type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void mergedVotesGiveWhatOneTallyOfAllGives() {
        EntityVotes one = votes("عزام الدخيل", EntityType.PER, 3, "عزام بن محمد الدخيل", EntityType.ORG, 1);
        EntityVotes other = votes("عزام بن محمد الدخيل", EntityType.PER, 2);
        EntityVotes all = votes("عزام الدخيل", EntityType.PER, 3, "عزام بن محمد الدخيل", EntityType.ORG, 1,
                "عزام بن محمد الدخيل", EntityType.PER, 2);
        assertThat(one.merge(other).winner()).isEqualTo(all.winner());
        assertThat(new EntityVotes().winner()).isNull();
    }

    @Test
    void aCorpusNamesAnEntityOneWayInEveryArticle() {
        Entity full = new Entity("E1", "عادل بن أحمد الجبير", EntityType.PER, List.of("عادل بن أحمد الجبير"), "Adel");
        Entity usual = new Entity("E1", "عادل الجبير", EntityType.PER, List.of("الجبير", "عادل الجبير"), "Adl");
        Entity other = new Entity("E2", "الرياض", EntityType.LOC, List.of("بالرياض"), "Riyadh");
        Article a = article("a").withEntities(List.of(usual, other))
                .withQuotes(List.of(new Quote("عادل الجبير", "E1", "لا تراجع", Quote.Kind.DIRECT),
                        new Quote("مصدر مطلع", null, "الاجتماع غدا", Quote.Kind.DIRECT)));
        Article b = article("b").withEntities(List.of(full));
        Article c = article("c").withEntities(List.of(usual));
        Article d = article("d").withEntities(List.of(full));
        CorpusNames names = new CorpusNames();
        List.of(a, b, c, d).forEach(names::count);
        Article named = names.named(a);
        assertThat(named.entities().get(0)).isEqualTo(
                new Entity("E1", "عادل بن أحمد الجبير", EntityType.PER, List.of("الجبير", "عادل الجبير"), "Adel"));
        assertThat(named.entities().get(1)).isSameAs(other);
        // a quote's linked speaker takes its entity's name; an unlinked one keeps its words
        assertThat(named.quotes()).extracting(Quote::speaker).containsExactly("عادل بن أحمد الجبير", "مصدر مطلع");
        assertThat(names.named(b)).isSameAs(b);
    }

    private static Article article(String id) {
        return Article.segmented(id, Provenance.ofFile(id + ".txt", 1), "عنوان", null, List.of(), List.of(), null);
    }
}
