package org.mirsad.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;

/**
 * An HTML file is one page: its markup is the content (the segmenter extracts the text), its meta
 * tags the metadata, its canonical link the URL. Minified pages are one long line, so only the page
 * size is limited here, not the line length.
 */
final class HtmlReader {

    /** HTML5 says the charset declaration must sit in the first 1024 bytes; crawls show later ones. */
    private static final int CHARSET_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    private static final Set<String> SNIFFED_ANYWAY = Set.of("UTF-8", "US-ASCII", "ISO-8859-1", "windows-1252");

    private HtmlReader() {
    }

    static void read(String path, ContentStream in, ReadOptions options, RecordSink sink) throws IOException {
        PageBytes read = PageBytes.read(in, options, false);
        PageBytes bytes = in.cut() == null ? read : read.withoutPartialCharacter();
        if (!bytes.ok()) {
            sink.rejected(new Rejection(Provenance.ofFile(path, 0), bytes.problem()));
            return;
        }
        DecodedText decoded = decode(bytes.bytes(), bytes.length(), null);
        String problem = TextReader.problem(decoded.text(), "empty file");
        if (problem != null) {
            sink.rejected(new Rejection(Provenance.ofFile(path, 0), in.cut() == null ? problem : problem + "; " + in.cut()));
            return;
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (in.cut() != null) {
            warnings.add(in.cut() + "; kept the markup before the cut");
        }
        int lines = (int) decoded.text().lines().count();
        sink.page(page(Provenance.ofFile(path, lines), decoded.text(), warnings));
    }

    /** A page of markup, with the metadata the markup declares; a URL already in {@code source} wins. */
    static Page page(Provenance source, String html, List<String> warnings) {
        HtmlMetadata meta = HtmlMetadata.of(html, source.url());
        Provenance withUrl = source.url() == null && meta.url() != null ? source.withUrl(meta.url()) : source;
        return new Page(withUrl, Format.HTML, html, meta.metadata(), warnings);
    }

    /**
     * Decodes markup (or a WARC's text payload): a byte order mark first, then the charset the transport ({@code declared}, may
     * be null) or a meta tag names, then the sniffing of {@link TextDecoder}. A declared UTF-8 is
     * or Latin-1 is still sniffed: Arabic sites often declare those (or nothing) and serve windows-1256.
     */
    static DecodedText decode(byte[] bytes, int length, Charset declared) {
        Charset charset = TextDecoder.byteOrderMark(bytes, length) != null ? null
                : declared != null ? declared : metaCharset(bytes, length);
        if (charset == null || SNIFFED_ANYWAY.contains(charset.name())) {
            return TextDecoder.decode(bytes, length);
        }
        return TextDecoder.withCharset(bytes, 0, length, charset);
    }

    private static Charset metaCharset(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, CHARSET_SCAN_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    /** The charset of a name, or null when Java does not know it. */
    static Charset charset(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
