package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.demo.DemoCorpus;
import org.mirsad.json.Json;
import org.mirsad.store.Store;
import org.mirsad.stories.StoryStateFile;

/** stories, story and events on the demo corpus, and stories that persist across ingest runs. */
class StoriesCommandTest {

    @TempDir
    Path dir;

    private List<String> files;

    @BeforeEach
    void extractDemoCorpus() throws IOException {
        files = DemoCorpus.extractTo(dir.resolve("corpus")).stream().map(Path::toString).toList();
    }

    private Path ingest(String name, List<String> paths) {
        Path data = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("ingest", "--no-progress", "--data", data.toString()));
        args.addAll(paths);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return data;
    }

    private static List<JsonNode> jsonLines(CliRun r) throws IOException {
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.mapper().readTree(line));
            }
        }
        return out;
    }

    private static JsonNode storyWithHeadline(List<JsonNode> stories, String words) {
        for (JsonNode s : stories) {
            for (JsonNode day : s.get("timeline")) {
                for (JsonNode m : day.get("articles")) {
                    if (m.get("headline").asText().contains(words)) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no story with a headline containing " + words);
    }

    @Test
    void articleOfTheSecondRunJoinsAStoryOfTheFirst() throws IOException {
        Path data = ingest("data", files.subList(0, 5));
        assertThat(StoryStateFile.in(data)).exists();
        JsonNode floods = storyWithHeadline(jsonLines(CliRun.of("stories", "--json", "--data", data.toString())), "سيول");
        String id = floods.get("id").asText();
        int before = floods.get("articles").asInt();

        ingest("data", files.subList(5, files.size()));
        // The first run's id still names the story, even when the second run merged it into another.
        JsonNode grown = jsonLines(CliRun.of("story", id, "--json", "--data", data.toString())).get(0);
        assertThat(grown.get("articles").asInt()).isGreaterThan(before);
        assertThat(grown.get("outlets").findValuesAsText("name")).contains("Okaz");
    }

    @Test
    void anyFileOrderGivesTheSameStories() {
        List<String> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        assertThat(partition(ingest("reversed", reversed))).isEqualTo(partition(ingest("listed", files)));
    }

    /** Every story as the set of its articles, duplicates included. */
    private static Set<Set<String>> partition(Path data) {
        Set<Set<String>> out = new HashSet<>();
        try (Store store = Store.open(data)) {
            for (Store.StoryRow row : store.stories(10_000)) {
                Set<String> members = new HashSet<>(store.storyArticleIds(row.id(), false));
                members.addAll(store.storyArticleIds(row.id(), true));
                out.add(members);
            }
        }
        assertThat(out).hasSizeGreaterThan(3);
        return out;
    }

    @Test
    void listsStoriesLargestFirstAndShowsOneWithItsTimeline() throws IOException {
        Path data = ingest("data", files);
        List<JsonNode> stories = jsonLines(CliRun.of("stories", "--json", "--data", data.toString()));
        assertThat(stories).isNotEmpty();
        List<Integer> sizes = stories.stream().map(s -> s.get("articles").asInt()).toList();
        assertThat(sizes).isSortedAccordingTo(Collections.reverseOrder());
        assertThat(jsonLines(CliRun.of("stories", "--json", "--limit", "2", "--data", data.toString()))).hasSize(2);

        JsonNode largest = stories.get(0);
        CliRun text = CliRun.of("story", largest.get("id").asText(), "--data", data.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out().lines().findFirst()).contains(largest.get("title").asText());
        assertThat(text.out()).contains("timeline:").contains(String.valueOf(StoryCommand.BAR));
        int perDay = 0;
        for (JsonNode day : largest.get("timeline")) {
            assertThat(day.get("count").asInt()).isEqualTo(day.get("articles").size());
            perDay += day.get("count").asInt();
        }
        assertThat(perDay).isEqualTo(largest.get("articles").asInt());

        CliRun list = CliRun.of("stories", "--data", data.toString());
        assertThat(list.out().lines().findFirst()).get().asString().startsWith(largest.get("id").asText());
        // Ingest wrote every story's title and counts into the stories table; the listing reads them.
        try (Store store = Store.open(data)) {
            assertThat(store.stories(10_000)).allSatisfy(row -> {
                assertThat(row.title()).as(row.id()).isNotBlank();
                assertThat(row.outlets()).as(row.id()).isNotNull();
            });
            Store.StoryRow first = store.stories(1).get(0);
            assertThat(first.title()).isEqualTo(largest.get("title").asText());
        }
        assertThat(list.out().lines().findFirst()).get().asString().endsWith(largest.get("title").asText());
    }

    @Test
    void eventsAreCountedOncePerCanonicalArticleWithFilters() throws IOException {
        Path data = ingest("data", files);
        List<JsonNode> events = jsonLines(CliRun.of("events", "--json", "--data", data.toString()));
        Set<String> keys = new HashSet<>();
        for (JsonNode e : events) {
            assertThat(keys.add(e.get("article").asText() + "|" + e.get("type").asText() + "|" + e.get("source")
                    + "|" + e.get("target"))).as("listed twice: %s", e).isTrue();
        }
        // The demo corpus carries wire copies: their events are mentions, not new events.
        assertThat(events).anyMatch(e -> e.get("mentions").asInt() > 1);
        List<JsonNode> assaults = jsonLines(CliRun.of("events", "--json", "--type", "assault", "--data", data.toString()));
        assertThat(assaults).isNotEmpty().allMatch(e -> e.get("type").asText().equals("ASSAULT"));
        List<JsonNode> dated = jsonLines(CliRun.of("events", "--json", "--from", "2025-03-06", "--to", "2025-03-06",
                "--data", data.toString()));
        assertThat(dated).isNotEmpty().allMatch(e -> e.get("date").asText().equals("2025-03-06"));
    }

    @Test
    void badInputIsAUserErrorNamingWhatIsWrong() {
        Path data = ingest("data", files.subList(0, 2));
        CliRun unknown = CliRun.of("story", "s0000", "--data", data.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no story s0000 in " + data);
        CliRun empty = CliRun.of("stories", "--data", dir.resolve("nothing").toString());
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("no Mirsad data in " + dir.resolve("nothing"));
        assertThat(CliRun.of("events", "--type", "RIOT", "--data", data.toString()).err()).contains("--type RIOT: not a PLOVER type");
        assertThat(CliRun.of("events", "--from", "yesterday", "--data", data.toString()).err())
                .contains("--from yesterday: not a date (YYYY-MM-DD)");
        assertThat(CliRun.of("stories", "--limit", "0", "--data", data.toString()).exit()).isEqualTo(1);
    }
}
