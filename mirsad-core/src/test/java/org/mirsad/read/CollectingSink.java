package org.mirsad.read;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;

/** Keeps what a reader delivers, in order, for assertions. */
final class CollectingSink implements RecordSink {

    final List<Page> pages = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    /** Pages and rejections in delivery order, as their paths. */
    final List<String> order = new ArrayList<>();

    @Override
    public void page(Page page) {
        pages.add(page);
        order.add(page.source().path());
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(rejection);
        order.add(rejection.source().path());
    }

    List<String> reasons() {
        return rejections.stream().map(Rejection::reason).toList();
    }

    static CollectingSink read(String path) {
        CollectingSink sink = new CollectingSink();
        Readers.read(path, sink);
        return sink;
    }

    static CollectingSink read(java.nio.file.Path path) {
        return read(path.toString());
    }
}
