package org.mirsad.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;
import org.mirsad.model.SourceMetadata;

/** A plain-text file is one page: crawl text as in the seeds, in any of the encodings it comes in. */
final class TextReader {

    private TextReader() {
    }

    static void read(String path, ContentStream in, ReadOptions options, RecordSink sink) throws IOException {
        PageBytes read = PageBytes.read(in, options, true);
        PageBytes bytes = in.cut() == null ? read : read.withoutPartialCharacter();
        if (!bytes.ok()) {
            sink.rejected(new Rejection(Provenance.ofFile(path, 0), bytes.problem()));
            return;
        }
        DecodedText decoded = TextDecoder.decode(bytes.bytes(), bytes.length());
        String problem = problem(decoded.text(), "empty file");
        if (problem != null) {
            sink.rejected(new Rejection(Provenance.ofFile(path, 0), in.cut() == null ? problem : problem + "; " + in.cut()));
            return;
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (in.cut() != null) {
            warnings.add(in.cut() + "; kept the text before the cut");
        }
        int lines = (int) decoded.text().lines().count();
        sink.page(new Page(Provenance.ofFile(path, lines), Format.TEXT, decoded.text(), SourceMetadata.NONE, warnings));
    }

    /**
     * Why decoded content cannot be a page, or null: {@code empty} when it holds nothing but space,
     * "binary content", or "no text" when it has not one letter or digit (a row of dashes, a few
     * no-break spaces: SaudiNewsNet has records whose content is four of them).
     */
    static String problem(String text, String empty) {
        if (text.isBlank()) {
            return empty;
        }
        if (TextDecoder.looksBinary(text)) {
            return "binary content";
        }
        return hasLettersOrDigits(text) ? null : "no text (not one letter or digit)";
    }

    static boolean hasLettersOrDigits(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
