package org.jkeops.processor.emit;

/**
 * Generated Java source as ASCII: every character outside ASCII (a user's {@code λ} or
 * {@code café} in a method, parameter or interface name, a formula's text in javadoc) written as
 * its Unicode escape {@code \}{@code uXXXX}, which Java reads as that character anywhere in a
 * source file (JLS 3.3). javac writes a processor's source files in its {@code -encoding}: with
 * ISO-8859-1, a {@code λ} became {@code ?} and the generated class did not compile. ASCII reads
 * the same in every encoding a Java compiler accepts for source files.
 */
public final class AsciiSource {
    private AsciiSource() {
    }

    public static String of(String source) {
        StringBuilder sb = null;
        for (int k = 0; k < source.length(); k++) {
            char c = source.charAt(k);
            if (c < 0x80) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(source.length() + 64).append(source, 0, k);
            }
            // A surrogate pair is two escapes, as Java reads it; the backslash written here always
            // starts an escape (it follows an even number of backslashes: none belongs to it).
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
        return sb == null ? source : sb.toString();
    }
}
