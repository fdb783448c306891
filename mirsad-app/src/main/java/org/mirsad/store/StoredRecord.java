package org.mirsad.store;

import java.util.List;
import org.mirsad.model.Article;

/**
 * What storing one input record did.
 *
 * @param status     STORED when at least one article is new, DUPLICATE when all are duplicates
 *                   (REJECTED when the record held no article)
 * @param articles   the articles as stored, {@code duplicateOf} settled
 * @param duplicates how many of them are duplicates of earlier articles
 */
public record StoredRecord(LedgerStatus status, List<Article> articles, int duplicates) {

    public StoredRecord {
        articles = List.copyOf(articles);
    }

    public int newArticles() {
        return articles.size() - duplicates;
    }
}
