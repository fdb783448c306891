package org.mirsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mirsad.ner.Conll;
import org.mirsad.ner.ConllSentence;
import org.mirsad.ner.NerModel;

/** File handling shared by the NER commands: reading CoNLL data and models with user-facing errors. */
final class NerFiles {

    static final String DEFAULT_DATA = "../shared/data/ner/anercorp-train.txt";

    private NerFiles() {
    }

    static List<ConllSentence> sentences(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file (expected CoNLL 'token TAG' lines)");
        }
        try {
            return Conll.read(file);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The model in {@code file}, or the bundled one when {@code file} is null. */
    static NerModel model(Path file) {
        if (file == null) {
            return NerModel.bundled();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return NerModel.read(in);
        } catch (IOException e) {
            throw new UserInputException(file + ": not a readable NER model: " + e.getMessage());
        }
    }
}
