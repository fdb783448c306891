package org.mirsad.agencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Stage;

/**
 * The news agencies an article cites, in order of first mention: headline, lede and body first, then
 * the photo captions and their credits ({@code (أرشيفية - رويترز)}), so that an agency the text names
 * comes before one that only took a picture.
 */
public final class AgencyStage implements Stage {

    private final AgencyMatcher matcher;

    public AgencyStage(AgencyMatcher matcher) {
        this.matcher = matcher;
    }

    public AgencyStage() {
        this(AgencyMatcher.standard());
    }

    @Override
    public String name() {
        return "agencies";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.TEXT);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.AGENCIES);
    }

    @Override
    public Article apply(Article article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.headline());
        texts.add(article.lede());
        article.blocks().stream().map(Block::text).forEach(texts::add);
        for (Caption c : article.captions()) {
            texts.add(c.text());
            texts.add(c.credit());
        }
        return article.withAgencies(matcher.find(texts));
    }
}
