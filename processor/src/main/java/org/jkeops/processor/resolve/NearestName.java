package org.jkeops.processor.resolve;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The known name a misspelled one most likely meant, for "did you mean ...?" in JK201/JK202.
 * Distance is the optimal-string-alignment edit distance on lower case (a swap of two neighbours
 * counts one edit; a difference of case alone counts zero). A suggestion is made only when it is
 * close for the name's length (short names need to be nearly exact, or every one-letter alias
 * would be "near" every other), or when one name extends the other by a few letters
 * ({@code SqDistance} for {@code SqDist}). Ties go to the alphabetically first name, so messages
 * are stable.
 */
public final class NearestName {
    private NearestName() {
    }

    /** {@code "; did you mean 'SqDist'?"}, or the empty string when nothing is close enough. */
    public static String didYouMean(String name, Collection<String> known) {
        String best = nearest(name, known);
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** The closest known name, or null. */
    public static String nearest(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(known)) {
            if (candidate.equals(name)) {
                continue;
            }
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(lower, c);
            boolean extension = Math.min(lower.length(), c.length()) >= 4
                    && (lower.startsWith(c) || c.startsWith(lower))
                    && Math.abs(lower.length() - c.length()) <= 4;
            if ((d <= allowed(name.length()) || extension) && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Edits allowed for a name of this length. */
    static int allowed(int length) {
        return length <= 2 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
