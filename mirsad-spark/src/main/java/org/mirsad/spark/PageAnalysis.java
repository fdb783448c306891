package org.mirsad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.input.PortableDataStream;
import org.mirsad.Mirsad;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.read.ReadOptions;
import org.mirsad.read.Readers;
import org.mirsad.read.RecordSink;
import scala.Tuple2;

/**
 * The executor side: each input file through Mirsad's readers and the stateless half of the
 * pipeline ({@link Pipeline#analyse}), exactly as on one machine. One pipeline per partition.
 */
final class PageAnalysis {

    private PageAnalysis() {
    }

    static Iterator<Analysed> partition(Iterator<Tuple2<String, PortableDataStream>> files) {
        Pipeline pipeline = Mirsad.pipeline();
        List<Analysed> out = new ArrayList<>();
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> f = files.next();
            String path = displayPath(f._1());
            try (InputStream in = f._2().open()) {
                Readers.read(path, in, new RecordSink() {
                    @Override
                    public void page(Page page) {
                        pipeline.analyse(page).forEach(a -> out.add(new Analysed(a, null)));
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        out.add(new Analysed(null, rejection));
                    }
                }, ReadOptions.DEFAULTS);
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }
        return out.iterator();
    }

    /** A local file by its plain path (so article ids match a single-machine run); other URIs as given. */
    static String displayPath(String uri) {
        if (uri.startsWith("file:")) {
            return new org.apache.hadoop.fs.Path(uri).toUri().getPath();
        }
        return uri;
    }
}
