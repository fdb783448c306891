package org.mirsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.SharedData;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Event;
import org.mirsad.model.Provenance;

/** The sample events of ../shared/seeds/EXPECTED.md, found in the seed articles' lines. */
class SeedEventsTest {

    @ParameterizedTest(name = "{0}: {3} {4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
        A|000_74f2df5522d8e3f2.txt|1-22|REQUEST|Russia|Armenia, Azerbaijan
        A|000_74f2df5522d8e3f2.txt|1-22|ASSAULT|Azerbaijan|Armenia separatists
        D|002_b08eda044704c566.txt|1-44|REJECT|Russia|Armenia
        E|003_74b66f8e148db865.txt|1-44|RETREAT|separatists|Azerbaijan
        E|003_74b66f8e148db865.txt|1-44|COERCE|police|protesters
        F|003_74b66f8e148db865.txt|48-97|AGREE|North Korea|Russia
        G|004_b7c2ae510c672f79.txt|1-10|ASSAULT|Azerbaijan military|Russia military
        """)
    void findsTheSampleEvent(String article, String file, String lines, String type, String source, String target)
            throws IOException {
        Path seeds = SharedData.require("seeds/" + file).getParent();
        List<String> text = Files.readAllLines(seeds.resolve(file), StandardCharsets.UTF_8);
        int from = Integer.parseInt(lines.split("-")[0]);
        int to = Integer.parseInt(lines.split("-")[1]);
        List<Block> blocks = text.subList(from, to).stream().filter(l -> !l.isBlank()).map(Block::paragraph).toList();
        Article a = Article.segmented(article, Provenance.ofFile(file, text.size()), text.get(from - 1), null, blocks,
                List.of(), null);
        List<Event> events = new EventStage().apply(a).events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.source()).isEqualTo(source);
            assertThat(e.target()).isEqualTo(target);
        });
    }
}
