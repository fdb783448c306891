package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mirsad.read.TextDecoderTest.concat;
import static org.mirsad.read.TextDecoderTest.encode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;

class TextFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"'', UTF-8", "EFBBBF, UTF-8", "FFFE, UTF-16LE", "FEFF, UTF-16BE", "'', windows-1256", "'', ISO-8859-6"})
    void readsTextFileInEachEncodingAsOnePage(String bomHex, String charsetName) throws IOException {
        byte[] bom = HexFormat.of().parseHex(bomHex == null ? "" : bomHex);
        Path file = write("page.txt", concat(bom, encode(Fixtures.PLAIN_PAGE, Charset.forName(charsetName))));

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.rejections).isEmpty();
        Page page = sink.pages.get(0);
        assertThat(sink.pages).hasSize(1);
        assertThat(page.content()).isEqualTo(Fixtures.PLAIN_PAGE);
        assertThat(page.format()).isEqualTo(Format.TEXT);
        assertThat(page.source()).isEqualTo(Provenance.ofFile(file.toString(), 5));
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void keepsUtf8PageWithAFewBrokenBytesAndWarnsWithOffset() throws IOException {
        byte[] good = encode(Fixtures.PAGE, StandardCharsets.UTF_8);
        int at = Fixtures.PAGE.substring(0, Fixtures.PAGE.indexOf("محطة")).getBytes(StandardCharsets.UTF_8).length;
        byte[] broken = concat(Arrays.copyOf(good, at), new byte[] {(byte) 0xFE}, Arrays.copyOfRange(good, at, good.length));
        Path file = write("broken.txt", broken);

        Page page = CollectingSink.read(file).pages.get(0);

        assertThat(page.content()).isEqualTo(Fixtures.PAGE.replaceFirst("محطة", "\uFFFDمحطة"));
        assertThat(page.warnings()).containsExactly("1 invalid UTF-8 sequence replaced with U+FFFD at byte offset " + at);
    }

    @ParameterizedTest
    @CsvSource({"empty.txt, ''", "blank.txt, '  \n\n\t  \n'"})
    void rejectsEmptyFile(String name, String content) throws IOException {
        Path file = write(name, content.getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = CollectingSink.read(file);
        assertThat(sink.pages).isEmpty();
        assertThat(sink.reasons()).containsExactly("empty file");
        assertThat(sink.rejections.get(0).source().path()).isEqualTo(file.toString());
    }

    @Test
    void rejectsFileWithoutLettersOrDigits() throws IOException {
        assertThat(CollectingSink.read(write("dashes.txt", "\u00a0\u00a0\n-----\n...".getBytes(StandardCharsets.UTF_8))).reasons())
                .containsExactly("no text (not one letter or digit)");
    }

    @Test
    void rejectsByteOrderMarkAlone() throws IOException {
        assertThat(CollectingSink.read(write("bom.txt", HexFormat.of().parseHex("EFBBBF"))).reasons())
                .containsExactly("empty file");
    }

    @ParameterizedTest
    @CsvSource({"logo.txt", "logo.png", "logo"})
    void rejectsBinaryContent(String name) throws IOException {
        byte[] png = HexFormat.of().parseHex("89504E470D0A1A0A0000000D4948445200000010000000100806000000");
        CollectingSink sink = CollectingSink.read(write(name, concat(png, new byte[2000])));
        assertThat(sink.pages).isEmpty();
        assertThat(sink.reasons()).containsExactly("binary content");
    }

    @Test
    void rejectsFiftyMegabyteSingleLineWithoutReadingItAll() throws IOException {
        Path file = dir.resolve("dump.txt");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        CollectingSink sink = CollectingSink.read(file);
        assertThat(sink.pages).isEmpty();
        assertThat(sink.reasons()).containsExactly(
                "line 1 is longer than 1048576 bytes: no text structure (one giant line)");
    }

    @Test
    void limitsComeFromOptions() throws IOException {
        Path file = write("page.txt", encode(Fixtures.PAGE, StandardCharsets.UTF_8));
        CollectingSink small = new CollectingSink();
        Readers.read(file.toString(), small, new ReadOptions(100, 100));
        assertThat(small.reasons()).containsExactly("larger than the page limit of 100 bytes");

        CollectingSink shortLines = new CollectingSink();
        Readers.read(file.toString(), shortLines, new ReadOptions(1 << 20, 100));
        assertThat(shortLines.reasons()).containsExactly("line 7 is longer than 100 bytes: no text structure (one giant line)");
    }

    @Test
    void rejectsMissingPath() {
        String missing = dir.resolve("no-such-page.txt").toString();
        CollectingSink sink = CollectingSink.read(missing);
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("no such file or directory");
            assertThat(r.source().path()).isEqualTo(missing);
        });
    }

    @Test
    void rejectsUnreadableFile() throws IOException {
        Path file = write("secret.txt", encode(Fixtures.PAGE, StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setReadable(false, false));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as root: every file is readable");
        assertThat(CollectingSink.read(file).reasons()).containsExactly("cannot read: permission denied");
    }

    @Test
    void walksDirectoriesRecursivelyInNameOrder() throws IOException {
        byte[] page = encode(Fixtures.PAGE, StandardCharsets.UTF_8);
        write("b.txt", page);
        write("a/z.txt", page);
        write("a/b/c.txt", page);
        write("a/a.txt", page);
        write("c.txt", new byte[0]);
        write(".hidden/x.txt", page);

        CollectingSink sink = CollectingSink.read(dir);

        assertThat(sink.order).containsExactly(
                dir.resolve("a/a.txt").toString(), dir.resolve("a/b/c.txt").toString(), dir.resolve("a/z.txt").toString(),
                dir.resolve("b.txt").toString(), dir.resolve("c.txt").toString());
        assertThat(sink.reasons()).containsExactly("empty file");
    }

    @Test
    void rejectsDirectoryWithoutFiles() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty/inner"));
        assertThat(CollectingSink.read(empty.getParent()).reasons()).containsExactly("no files in the directory");
    }

    @Test
    void readsStandardInputAsDash() throws IOException {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(gzip(encode(Fixtures.PAGE, TextDecoder.WINDOWS_1256))));
            CollectingSink sink = CollectingSink.read("-");
            assertThat(sink.pages).singleElement().satisfies(p -> {
                assertThat(p.content()).isEqualTo(Fixtures.PAGE);
                assertThat(p.source().path()).isEqualTo("-");
            });
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void readsGzipText() throws IOException {
        Path file = write("page.txt.gz", gzip(encode(Fixtures.PAGE, StandardCharsets.UTF_8)));
        CollectingSink sink = CollectingSink.read(file);
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.content()).isEqualTo(Fixtures.PAGE);
            assertThat(p.warnings()).isEmpty();
        });
    }

    @Test
    void keepsTextBeforeTheCutOfATruncatedGzip() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append(i).append(' ').append(Fixtures.PAGE);
        }
        byte[] gz = gzip(encode(text.toString(), StandardCharsets.UTF_8));
        Path file = write("long.txt.gz", Arrays.copyOf(gz, gz.length / 2));

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.rejections).isEmpty();
        Page page = sink.pages.get(0);
        assertThat(page.content()).startsWith("0 " + Fixtures.PAGE).contains("1 " + Fixtures.PAGE);
        assertThat(text.toString()).startsWith(page.content());
        assertThat(page.warnings()).singleElement().asString()
                .matches("the gzip stream is truncated after \\d+ decompressed bytes; kept the text before the cut");
    }

    @Test
    void rejectsGzipCutInItsHeader() throws IOException {
        byte[] gz = gzip(encode(Fixtures.PAGE, StandardCharsets.UTF_8));
        assertThat(CollectingSink.read(write("cut.txt.gz", Arrays.copyOf(gz, 5))).reasons())
                .containsExactly("empty file; the gzip stream is truncated in its header");
    }

    @Test
    void sniffsUnknownExtension() throws IOException {
        Path html = write("page.dat", "<!DOCTYPE html><html><head><title>خبر</title></head><body><p>نص</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        Path json = write("export.dat", "[{\"title\": \"خبر\", \"text\": \"نص الخبر\"}]".getBytes(StandardCharsets.UTF_8));
        Path text = write("notes", encode(Fixtures.PAGE, StandardCharsets.UTF_8));
        assertThat(CollectingSink.read(html).pages).singleElement().extracting(Page::format).isEqualTo(Format.HTML);
        assertThat(CollectingSink.read(json).pages).singleElement().extracting(p -> p.metadata().title()).isEqualTo("خبر");
        assertThat(CollectingSink.read(text).pages).singleElement().extracting(Page::format).isEqualTo(Format.TEXT);
    }
}
