package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCacheTest {

    private final List<String> worked = new ArrayList<>();

    private String work(String form) {
        worked.add(form);
        return form.toUpperCase();
    }

    @Test
    void worksOutAFormOnceWhileItIsHeld() {
        WordCache<String> cache = new WordCache<>(10);
        assertThat(cache.get("a", this::work)).isEqualTo("A");
        assertThat(cache.get("a", this::work)).isEqualTo("A");
        assertThat(cache.get("b", this::work)).isEqualTo("B");
        assertThat(worked).containsExactly("a", "b");
    }

    @Test
    void aFullGenerationDropsOnlyTheFormsNotMetSince() {
        WordCache<String> cache = new WordCache<>(3);
        for (String f : List.of("a", "b", "c")) {
            cache.get(f, this::work);
        }
        // The first generation is full: "d" starts the second; "a", met again, moves into it.
        cache.get("d", this::work);
        cache.get("a", this::work);
        cache.get("e", this::work);
        // Second generation full (d, a, e): "f" starts a third, and b and c, not met since, are gone.
        cache.get("f", this::work);
        worked.clear();
        for (String f : List.of("a", "d", "e", "f", "b", "c")) {
            cache.get(f, this::work);
        }
        assertThat(worked).containsExactly("b", "c");
        assertThat(cache.size()).isLessThanOrEqualTo(2 * 3 + 1);
    }

    @Test
    void holdsAboutTwoGenerationsHoweverManyFormsPass() {
        WordCache<String> cache = new WordCache<>(100);
        for (int i = 0; i < 10_000; i++) {
            cache.get("w" + i, this::work);
        }
        assertThat(cache.size()).isBetween(100, 200);
        assertThat(worked).hasSize(10_000);
    }

    @Test
    void refusesAnEmptyGeneration() {
        assertThatThrownBy(() -> new WordCache<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
