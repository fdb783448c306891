package org.mirsad.pipeline;

import java.util.List;
import org.mirsad.model.Article;
import org.mirsad.model.Page;

/** Splits one page into its articles (fills {@link Field#TEXT}). */
public interface Segmenter {

    List<Article> segment(Page page);
}
