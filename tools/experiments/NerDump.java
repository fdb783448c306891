package org.mirsad.ner;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Clitics;

/**
 * Seventh NER round (docs/entities.md), experiment only: writes, for every token of a CoNLL file, the
 * word-level evidence the shipped tagger's features read (normalised form, stem, shape, name-list bits,
 * the three cluster ids, the four news word-type percentages, trigger and gazetteer marks) and the gold
 * tag, so that tools/experiments/ner7-cnn.py trains on exactly the CRF's inputs. In package
 * org.mirsad.ner to reach its package-private tables; compiled and run against the built jars:
 *
 * <pre>
 * javac -cp mirsad-app/target/lib/mirsad-core-*.jar -d /tmp/ner7-classes tools/experiments/NerDump.java
 * java -cp "/tmp/ner7-classes:mirsad-app/target/mirsad-app.jar:mirsad-app/target/lib/*" org.mirsad.ner.NerDump \
 *     ../shared/data/ner/anercorp-train.txt /tmp/ner7-tokens.tsv
 * </pre>
 * Columns: sentence, token, norm, stem, shape, nameBits, fine, mid, coarse (-1 when not in the table), PERS
 * LOC ORG MISC percent (-1 when not in the table), afterTrigger, country mark, actor mark, gold tag.
 */
public final class NerDump {

    public static void main(String[] args) throws Exception {
        List<ConllSentence> all = Conll.read(Path.of(args[0]));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (int s = 0; s < all.size(); s++) {
                ConllSentence cs = all.get(s);
                String[] tokens = cs.tokenArray();
                FeatureExtractor.Sentence fs = new FeatureExtractor.Sentence(tokens);
                for (int i = 0; i < tokens.length; i++) {
                    FeatureExtractor.Word w = fs.words[i];
                    String norm = ArabicNormalizer.normalize(tokens[i]);
                    String stem = Clitics.stripProclitics(norm);
                    int packed = WordClusters.of(norm);
                    if (packed == WordClusters.NONE) {
                        packed = WordClusters.of(stem);
                    }
                    int types = FeatureExtractor.wordTypes(norm);
                    StringBuilder b = new StringBuilder();
                    b.append(s).append('\t').append(tokens[i]).append('\t').append(norm).append('\t').append(stem)
                            .append('\t').append(w.shape).append('\t').append(w.nameBits);
                    if (packed == WordClusters.NONE) {
                        b.append("\t-1\t-1\t-1");
                    } else {
                        b.append('\t').append(WordClusters.fine(packed)).append('\t').append(WordClusters.mid(packed))
                                .append('\t').append(WordClusters.coarse(packed));
                    }
                    for (int t = 0; t < WordTypes.TYPES; t++) {
                        b.append('\t').append(types == WordTypes.NONE ? -1 : WordTypes.percent(types, t));
                    }
                    b.append('\t').append(fs.afterTrigger[i] ? 1 : 0);
                    for (int g = 0; g < Gazetteers.KINDS; g++) {
                        b.append('\t').append(fs.gazetteer[g][i]);
                    }
                    b.append('\t').append(cs.tags().get(i));
                    out.println(b);
                }
            }
        }
    }
}
