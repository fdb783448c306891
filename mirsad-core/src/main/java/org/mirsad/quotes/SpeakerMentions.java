package org.mirsad.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.ner.WordList;
import org.mirsad.text.ArabicNormalizer;

/**
 * Where the article's persons and organisations are mentioned in one paragraph: every written form of
 * every PER or ORG entity, at word boundaries, longest first so that دميتري بيسكوف is one occurrence,
 * not two. A form that is the name behind the preposition ل (لوكالة الصحافة الفرنسية: "to the agency")
 * is an addressee, never a speaker, and is left out.
 */
final class SpeakerMentions {

    private static final Set<String> MEDIA = WordList.normalised(SpeakerMentions.class, "media_nouns.txt");

    record Occurrence(int start, int end, Entity entity) {
    }

    /** One written form of a speaker entity that is no addressee: what {@link #in} looks for. */
    private record Form(String text, Entity entity) {
    }

    /** The forms of the article's speakers, in entity order: worked out once per article ({@link #of}). */
    private final List<Form> forms;

    private SpeakerMentions(List<Form> forms) {
        this.forms = forms;
    }

    /**
     * The written forms of the PER and ORG entities, addressee forms left out: the same for every paragraph
     * of the article, where each paragraph used to normalise every form and canonical name again.
     */
    static SpeakerMentions of(List<Entity> entities) {
        List<Form> forms = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PER && e.type() != EntityType.ORG) {
                continue;
            }
            for (String form : e.mentions()) {
                if (!isAddressee(form, e)) {
                    forms.add(new Form(form, e));
                }
            }
        }
        return new SpeakerMentions(List.copyOf(forms));
    }

    /** Where the speakers are mentioned in {@code paragraph}, longest first where they overlap, in text order. */
    List<Occurrence> in(String paragraph) {
        List<Occurrence> found = new ArrayList<>();
        for (Form f : forms) {
            String form = f.text();
            for (int i = paragraph.indexOf(form); i >= 0; i = paragraph.indexOf(form, i + 1)) {
                if (boundary(paragraph, i - 1) && boundary(paragraph, i + form.length())
                        && !afterPreposition(paragraph, i)) {
                    found.add(new Occurrence(i, i + form.length(), f.entity()));
                }
            }
        }
        found.sort(Comparator.comparingInt((Occurrence o) -> o.end() - o.start()).reversed());
        List<Occurrence> kept = new ArrayList<>();
        for (Occurrence o : found) {
            if (kept.stream().noneMatch(k -> o.start() < k.end() && k.start() < o.end())) {
                kept.add(o);
            }
        }
        kept.sort(Comparator.comparingInt(Occurrence::start));
        return kept;
    }

    private static boolean isAddressee(String form, Entity e) {
        String f = ArabicNormalizer.normalize(form);
        if (!f.startsWith("\u0644")) {
            return false;
        }
        String canonical = " " + ArabicNormalizer.normalize(e.canonical()) + " ";
        if (canonical.contains(" " + f + " ")) {
            return false;
        }
        // لوكالة فرانس برس, a spelling the canonical name (وكالة الصحافة الفرنسية) does not hold: a medium after ل
        int space = f.indexOf(' ');
        return canonical.contains(" " + f.substring(1)) || toMedium(space < 0 ? f : f.substring(0, space));
    }

    /**
     * Whether a word in matching form is ل and a noun of the media ({@code media_nouns.txt}): لوكالة, لصحيفة, لقناة,
     * the medium something was said to.
     */
    static boolean toMedium(String word) {
        return word.length() > 1 && word.charAt(0) == '\u0644' && MEDIA.contains(word.substring(1));
    }

    /** قال لـ«الشرق الأوسط»: the name after a detached ل (with tatweel, space or quote mark) is an addressee. */
    private static boolean afterPreposition(String s, int start) {
        int i = start - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == ArabicNormalizer.TATWEEL || "«\"“".indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && i < start - 1 && s.charAt(i) == '\u0644' && boundary(s, i - 1);
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i)) && !ArabicNormalizer.isMark(s.charAt(i));
    }
}
