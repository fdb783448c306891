package org.mirsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mirsad.SharedData;

class EventEvaluationTest {

    @Test
    void developmentSetLoadsWithPositivesAndHardNegatives() {
        var items = EventEvaluation.devSet();
        assertThat(items).hasSize(360);
        assertThat(items).filteredOn(EventEvaluation.Item::assault).hasSizeGreaterThan(90);
        assertThat(items).filteredOn(EventEvaluation.Item::protest).hasSizeGreaterThan(25);
        assertThat(items).filteredOn(i -> !i.assault() && !i.protest()).hasSizeGreaterThan(200);
    }

    @Test
    void scoresAreComputedFromCounts() {
        var s = new EventEvaluation.Score("ASSAULT", 8, 2, 8);
        assertThat(s.precision()).isEqualTo(0.8);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(0.615, org.assertj.core.data.Offset.offset(0.001));
        assertThat(new EventEvaluation.Score("PROTEST", 0, 0, 0).f1()).isZero();
    }

    /** A guard against regressions of the lexicon: the goal of issue 7 is F1 ≥ 0.70 for both types. */
    @Test
    void detectsAssaultsAndProtestsInRealSentences() throws IOException {
        Path corpus = SharedData.require("data/news/saudinewsnet");
        var result = new EventEvaluation(new EventExtractor()).run(corpus);
        assertThat(result.sentences()).isEqualTo(360);
        assertThat(result.scores()).allSatisfy(s -> assertThat(s.f1()).as(s.type()).isGreaterThanOrEqualTo(0.70));
    }

    @Test
    void heldOutTestSetPointsAtOtherRecordsThanTheDevelopmentSet() {
        var test = EventEvaluation.items(EventEvaluation.Sample.TEST);
        assertThat(test).hasSize(130);
        var dev = EventEvaluation.devSet().stream().map(i -> i.file() + "#" + i.record()).toList();
        assertThat(test).noneMatch(i -> dev.contains(i.file() + "#" + i.record()));
        assertThat(test).filteredOn(EventEvaluation.Item::assault).hasSize(41);
        assertThat(test).filteredOn(EventEvaluation.Item::protest).hasSize(9);
    }

    /**
     * The held-out sample, never used for tuning: every pointer still finds its sentence, and ASSAULT
     * keeps the goal on unseen text. PROTEST does not yet (F1 0.54 on 9 positives; docs/events.md).
     */
    @Test
    void detectsAssaultsInUnseenSentences() throws IOException {
        Path corpus = SharedData.require("data/news/saudinewsnet");
        var result = new EventEvaluation(new EventExtractor()).run(corpus, EventEvaluation.Sample.TEST);
        assertThat(result.sentences()).isEqualTo(130);
        assertThat(result.scores()).filteredOn(s -> s.type().equals("ASSAULT"))
                .singleElement().satisfies(s -> assertThat(s.f1()).isGreaterThanOrEqualTo(0.70));
    }
}
