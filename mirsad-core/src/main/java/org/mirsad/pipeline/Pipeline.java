package org.mirsad.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.tokens.ArticleTokens;

/**
 * Page in, articles out: the segmenter, then every stateless stage, then the corpus stages, in the
 * order they were added. Built once, used for every page; thread-safe when its stages are (the
 * stateless ones are by contract; corpus stages guard their own state).
 */
public final class Pipeline {

    private final List<PageStep> pageSteps;
    private final Segmenter segmenter;
    private final List<Stage> stages;

    private Pipeline(List<PageStep> pageSteps, Segmenter segmenter, List<Stage> stages) {
        this.pageSteps = List.copyOf(pageSteps);
        this.segmenter = segmenter;
        this.stages = List.copyOf(stages);
    }

    public static Builder builder(Segmenter segmenter) {
        return new Builder(segmenter);
    }

    /** Every article of the page, through every page step, the segmenter and every stage. */
    public List<Article> extract(Page page) {
        List<Article> out = new ArrayList<>();
        for (Article a : analyse(page)) {
            out.add(place(a));
        }
        return out;
    }

    /**
     * The stateless half of {@link #extract}: page steps, segmenter and every stateless stage. Safe to
     * run on many threads or executors at once; {@link #place} then runs the corpus stages, one
     * article at a time in input order, which keeps duplicate groups and stories deterministic.
     */
    public List<Article> analyse(Page page) {
        return analyse(page, false);
    }

    /**
     * {@link #analyse}, then what the corpus stages can do without their state ({@link CorpusStage#prepare}),
     * still on the calling thread: for when this pipeline's {@link #place} will take the articles next
     * (ingest, extract), so that the thread that places articles in order does only what needs order.
     */
    public List<Article> analyseToPlace(Page page) {
        return analyse(page, true);
    }

    private List<Article> analyse(Page page, boolean prepare) {
        List<Article> out = new ArrayList<>();
        for (Article a : segmenter.segment(prepare(page))) {
            Article x = a;
            ArticleTokens tokens = ArticleTokens.of(a); // the stages do not change the text: one stream for all
            for (Stage s : stages) {
                if (!(s instanceof CorpusStage)) {
                    x = s.apply(x, tokens);
                }
            }
            if (prepare) {
                for (Stage s : stages) {
                    if (s instanceof CorpusStage c) {
                        c.prepare(x, tokens);
                    }
                }
            }
            out.add(x);
        }
        return out;
    }

    /** The corpus half of {@link #extract}: every corpus stage (dedup, stories) on one analysed article. */
    public Article place(Article article) {
        Article a = article;
        for (Stage s : stages) {
            if (s instanceof CorpusStage) {
                a = s.apply(a);
            }
        }
        return a;
    }

    /**
     * The page as the segmenter sees it: after every {@link PageStep} (an HTML page comes out as
     * text with its metadata filled).
     */
    public Page prepare(Page page) {
        Page p = page;
        for (PageStep step : pageSteps) {
            p = step.apply(p);
        }
        return p;
    }

    /** One already segmented article through every stage. */
    public Article annotate(Article article) {
        Article a = article;
        ArticleTokens tokens = ArticleTokens.of(article);
        for (Stage s : stages) {
            a = s instanceof CorpusStage ? s.apply(a) : s.apply(a, tokens);
        }
        return a;
    }

    /** The article with what later articles changed about it (see {@link CorpusStage#settle}). */
    public Article settle(Article article) {
        Article a = article;
        for (Stage s : stages) {
            if (s instanceof CorpusStage c) {
                a = c.settle(a);
            }
        }
        return a;
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * The same pipeline with the stage of the same name swapped for {@code stage}: how {@code ingest}
     * puts its persistent dedup index in place of the default in-memory one.
     *
     * @throws IllegalArgumentException when no stage has that name
     */
    public Pipeline replacing(Stage stage) {
        List<Stage> swapped = new ArrayList<>(stages);
        for (int i = 0; i < swapped.size(); i++) {
            if (swapped.get(i).name().equals(stage.name())) {
                swapped.set(i, stage);
                return new Pipeline(pageSteps, segmenter, swapped);
            }
        }
        throw new IllegalArgumentException("no stage named '" + stage.name() + "' to replace");
    }

    public static final class Builder {
        private final Segmenter segmenter;
        private final List<PageStep> pageSteps = new ArrayList<>();
        private final List<Stage> stateless = new ArrayList<>();
        private final List<Stage> corpus = new ArrayList<>();

        private Builder(Segmenter segmenter) {
            if (segmenter == null) {
                throw new IllegalArgumentException("segmenter must not be null");
            }
            this.segmenter = segmenter;
        }

        /** Adds a step that runs on each whole page before segmentation, in call order. */
        public Builder pageStep(PageStep step) {
            if (step == null) {
                throw new IllegalArgumentException("page step must not be null");
            }
            pageSteps.add(step);
            return this;
        }

        /** Adds a stage; corpus stages run after every stateless one, whatever the call order. */
        public Builder stage(Stage stage) {
            if (stage == null) {
                throw new IllegalArgumentException("stage must not be null");
            }
            (stage instanceof CorpusStage ? corpus : stateless).add(stage);
            return this;
        }

        /**
         * @throws IllegalStateException naming the first stage whose required field no earlier stage
         *                               provides
         */
        public Pipeline build() {
            List<Stage> all = new ArrayList<>(stateless);
            all.addAll(corpus);
            Set<Field> have = EnumSet.of(Field.TEXT);
            for (Stage s : all) {
                Set<Field> missing = EnumSet.noneOf(Field.class);
                missing.addAll(s.requires());
                missing.removeAll(have);
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("stage '" + s.name() + "' needs " + missing
                            + " but no earlier stage provides it");
                }
                have.addAll(s.provides());
            }
            return new Pipeline(pageSteps, segmenter, all);
        }
    }
}
