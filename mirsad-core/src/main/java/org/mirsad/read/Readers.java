package org.mirsad.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;

/**
 * The front door to reading: a path (file or directory) in, pages and rejections out, streamed to a
 * {@link RecordSink}. (First cut: plain UTF-8 text files only; the format readers come next.)
 */
public final class Readers {

    private Readers() {
    }

    public static void read(String path, RecordSink sink) {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            sink.rejected(new Rejection(Provenance.ofFile(path, 0), "no such file or directory"));
            return;
        }
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                sink.rejected(new Rejection(Provenance.ofFile(path, 0), "empty file"));
                return;
            }
            sink.page(Page.text(Provenance.ofFile(path, (int) text.lines().count()), text));
        } catch (IOException e) {
            sink.rejected(new Rejection(Provenance.ofFile(path, 0), "cannot read: " + e.getMessage()));
        }
    }
}
