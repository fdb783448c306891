package org.mirsad.stories;

/**
 * The strongest terms of an article, strongest first: by score, higher first (scores that are {@code ==}
 * tie), then by term, then by their place in the input. The order of a stable sort of every term by score and
 * term, which {@link StoryClusterer} did until 2026-12 (boxed indexes through a comparator: with a few
 * hundred terms an article, that sort was about a tenth of placing one on the ingest's writer thread);
 * a heap of the {@code k} strongest so far picks the same ones, and only those are sorted.
 */
final class TopTerms {

    private TopTerms() {
    }

    /** The indexes of the {@code k} strongest terms (all of them when fewer), strongest first. */
    static int[] strongest(String[] terms, double[] score, int k) {
        int n = Math.min(k, terms.length);
        int[] heap = new int[n];
        if (n == 0) {
            return heap;
        }
        // A heap with the weakest of the kept ones on top: a term stronger than it takes its place.
        for (int i = 0; i < terms.length; i++) {
            if (i < n) {
                heap[i] = i;
                up(heap, i, terms, score);
            } else if (compare(i, heap[0], terms, score) < 0) {
                heap[0] = i;
                down(heap, n, terms, score);
            }
        }
        // Emptied weakest first from the back: strongest first.
        int[] out = new int[n];
        for (int size = n; size > 0; size--) {
            out[size - 1] = heap[0];
            heap[0] = heap[size - 1];
            down(heap, size - 1, terms, score);
        }
        return out;
    }

    /** Below 0 when term {@code x} comes before term {@code y}: stronger, or as strong and first by term, then by place. */
    static int compare(int x, int y, String[] terms, double[] score) {
        int c = score[x] != score[y] ? Double.compare(score[y], score[x]) : terms[x].compareTo(terms[y]);
        return c != 0 ? c : Integer.compare(x, y);
    }

    private static void up(int[] heap, int at, String[] terms, double[] score) {
        int x = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            // The weaker (later in the order) goes up.
            if (compare(x, heap[parent], terms, score) <= 0) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = x;
    }

    private static void down(int[] heap, int size, String[] terms, double[] score) {
        if (size == 0) {
            return;
        }
        int x = heap[0];
        int at = 0;
        for (int child; (child = 2 * at + 1) < size; at = child) {
            if (child + 1 < size && compare(heap[child + 1], heap[child], terms, score) > 0) {
                child++;
            }
            if (compare(heap[child], x, terms, score) <= 0) {
                break;
            }
            heap[at] = heap[child];
        }
        heap[at] = x;
    }
}
