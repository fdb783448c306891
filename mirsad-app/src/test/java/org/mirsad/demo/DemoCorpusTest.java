package org.mirsad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCorpusTest {

    @Test
    void listsFilesThatAreAllInTheJar(@TempDir Path dir) throws Exception {
        assertThat(DemoCorpus.files()).isNotEmpty().doesNotHaveDuplicates();
        DemoCorpus.extractTo(dir);
        for (String name : DemoCorpus.files()) {
            assertThat(Files.size(dir.resolve(name))).as(name).isPositive();
        }
    }
}
