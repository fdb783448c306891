package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelTest {

    private static final String[] SENTENCE = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن أذربيجان ستوقع".split(" ");

    @Test
    void bundledModelLoadsAndFindsPersonAndPlaces() {
        String[] tags = NerModel.bundled().tag(SENTENCE);
        assertThat(tags).hasSize(SENTENCE.length);
        assertThat(tags[3]).isEqualTo("B-PERS");
        assertThat(tags[4]).isEqualTo("I-PERS");
        assertThat(tags[6]).isEqualTo("B-LOC");
        assertThat(tags[8]).isEqualTo("B-LOC");
        assertThat(tags[0]).isEqualTo("O");
    }

    @Test
    void aCallerThatKeepsTheWordsGetsTheLabelsOfTheirTexts() {
        NerModel m = NerModel.bundled();
        NerWord[] words = NerWord.of(SENTENCE);
        // one word per written form: a caller keeps it with its own record of the form
        assertThat(NerWord.of(new String(SENTENCE[4].toCharArray()))).isSameAs(words[4]);
        assertThat(m.labelWords(List.<NerWord[]>of(words)).get(0)).containsExactly(m.labels(SENTENCE));
        String[] second = "وصل بوتين إلى باكو".split(" ");
        assertThat(m.labelWords(List.of(words, NerWord.of(second))))
                .usingRecursiveComparison().isEqualTo(m.labelDocument(List.of(SENTENCE, second)));
    }

    @Test
    void tagsEmptyLatinAndDiacriticHeavyInput() {
        NerModel m = NerModel.bundled();
        assertThat(m.tag(new String[0])).isEmpty();
        assertThat(m.tag("the quick brown fox".split(" "))).hasSize(4).allMatch(t -> Labels.index(t) >= 0);
        assertThat(m.tag("١٢ 2024 ، . «".split(" "))).containsOnly("O");
        String[] withMarks = "قَالَ الرَّئِيسُ فلاديميـــر بوتيـن".split(" ");
        assertThat(m.tag(withMarks)[3]).endsWith("-PERS");
    }

    @Test
    void neverStartsWithAnInsideLabel() {
        String[] tokens = "بوتين بوتين . الكرملين ، « ، » 2024".split(" ");
        String[] tags = NerModel.bundled().tag(tokens);
        String previous = "O";
        for (String t : tags) {
            if (t.startsWith("I-")) {
                assertThat(previous).endsWith(t.substring(2));
            }
            previous = t;
        }
    }

    @Test
    void tinyModelLearnsItsTrainingSentencesAndSurvivesWriteAndRead() throws Exception {
        List<ConllSentence> data = Conll.read(resource("tiny-train.txt"));
        NerModel m = NerTrainer.train(data, new NerTrainer.Options(14, 8, 1L));
        NerEvaluation e = NerEvaluation.run(m, data);
        assertThat(e.f1(0, 1, 2)).isEqualTo(1.0);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        NerModel again = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(again.tag(data.get(1).tokenArray())).containsExactlyElementsOf(data.get(1).tags());
    }

    @Test
    void theAveragedPerceptronStillLearnsItsTrainingSentences() throws Exception {
        List<ConllSentence> data = Conll.read(resource("tiny-train.txt"));
        NerModel m = NerTrainer.train(data, new NerTrainer.Options(14, 8, 1L, 2, NerTrainer.Learner.PERCEPTRON));
        assertThat(NerEvaluation.run(m, data).f1(0, 1, 2)).isEqualTo(1.0);
        // a different learner, so different weights from the same data and seed
        assertThat(m.weights).isNotEqualTo(NerTrainer.train(data, new NerTrainer.Options(14, 8, 1L, 2)).weights);
    }

    @Test
    void twoPassModelSurvivesWriteAndReadAndTagsADocumentOfOneSentenceAsAStream() throws Exception {
        List<ConllSentence> data = Conll.read(resource("tiny-train.txt"));
        NerModel m = NerTrainer.train(data, new NerTrainer.Options(14, 8, 1L, 2));
        assertThat(m.second).isNotNull();
        List<String[]> document = data.stream().map(ConllSentence::tokenArray).toList();
        List<int[]> whole = m.labelDocument(document);
        for (int k = 0; k < data.size(); k++) {
            assertThat(whole.get(k)).containsExactly(data.get(k).tags().stream().mapToInt(Labels::index).toArray());
            // alone, a sentence gets the same labels whether tagged as a document or streamed
            assertThat(m.labelDocument(List.<String[]>of(document.get(k))).get(0)).containsExactly(m.labels(document.get(k)));
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        NerModel again = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(again.second.weights).containsExactly(m.second.weights);
        assertThat(again.second.edgeWeights).containsExactly(m.second.edgeWeights);
        assertThat(NerModel.read(new ByteArrayInputStream(bytes.toByteArray())).labelDocument(document))
                .usingRecursiveComparison().isEqualTo(whole);
    }

    @Test
    void onePassModelHasNoSecondPass() throws Exception {
        List<ConllSentence> data = Conll.read(resource("tiny-train.txt"));
        NerModel m = NerTrainer.train(data, new NerTrainer.Options(14, 8, 1L, 1));
        assertThat(m.second).isNull();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        assertThat(NerModel.read(new ByteArrayInputStream(bytes.toByteArray())).second).isNull();
    }

    @Test
    void trainingIsReproducible() throws Exception {
        List<ConllSentence> data = Conll.read(resource("tiny-train.txt"));
        NerModel a = NerTrainer.train(data, new NerTrainer.Options(12, 3, 7L));
        NerModel b = NerTrainer.train(data, new NerTrainer.Options(12, 3, 7L));
        assertThat(a.weights).containsExactly(b.weights);
        assertThat(a.second.weights).containsExactly(b.second.weights);
    }

    @Test
    void rejectsAFileThatIsNotAModel() {
        assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    @Test
    void conllErrorsNameFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "بوتين B-PERS\nموسكو\n");
        assertThatThrownBy(() -> Conll.read(f)).hasMessage(f + " line 2: expected 'token TAG', found 'موسكو'");
        Files.writeString(f, "بوتين B-PER\n");
        assertThatThrownBy(() -> Conll.read(f)).hasMessageStartingWith(f + " line 1: unknown tag 'B-PER'");
    }

    @Test
    void heldOutIsTheLastTenthAndNeverOverlapsTraining() throws Exception {
        List<ConllSentence> data = java.util.Collections.nCopies(25, Conll.read(resource("tiny-train.txt")).get(0));
        assertThat(Conll.heldOut(data)).hasSize(2);
        assertThat(Conll.trainingPart(data)).hasSize(23);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(NerModelTest.class.getResource(name).toURI());
    }
}
