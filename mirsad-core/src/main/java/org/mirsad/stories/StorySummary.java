package org.mirsad.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * What a desk reads about one story.
 *
 * @param id           the story's current id
 * @param title        its most central headline (the member most similar, on average, to the others)
 * @param titleArticle the article that headline belongs to
 * @param articles     canonical articles (duplicates count once, in their canonical)
 * @param duplicates   duplicate copies of those articles
 * @param firstDate    earliest dated member, or null
 * @param lastDate     latest dated member, or null
 * @param outlets      outlets that carried it, most articles first (duplicates included: who carried it)
 * @param entities     top entities, most articles first
 * @param keywords     top words (the commonest written form of the story's strongest stems)
 * @param timeline     articles per day, oldest first; undated members under a null date at the end
 */
public record StorySummary(String id, String title, String titleArticle, int articles, int duplicates,
                           LocalDate firstDate, LocalDate lastDate, List<Count> outlets, List<Count> entities,
                           List<String> keywords, List<Day> timeline) {

    public StorySummary {
        outlets = List.copyOf(outlets);
        entities = List.copyOf(entities);
        keywords = List.copyOf(keywords);
        timeline = List.copyOf(timeline);
    }

    /** A name with how many articles carry it. */
    public record Count(String name, int articles) {
    }

    /** One day of the timeline: its canonical articles (id and headline), in id order. */
    public record Day(LocalDate date, int count, List<Member> articles) {
        public Day {
            articles = List.copyOf(articles);
        }
    }

    /** A member article as the timeline lists it. */
    public record Member(String id, String headline, String outlet) {
    }
}
