package org.jkeops.processor.resolve;

import org.jkeops.processor.diag.Msg;

/**
 * A problem inside a formula: a JK2xx message and the 1-based column it refers to. The caller
 * says which formula it is ("the formula of conv", "the weight of attention").
 */
public final class FormulaException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Msg msg;
    private final int column;
    private final transient Object[] details;

    public FormulaException(Msg msg, int column, Object... details) {
        super(msg.code() + " at column " + column);
        this.msg = msg;
        this.column = column;
        this.details = details.clone();
    }

    public Msg msg() {
        return msg;
    }

    public int column() {
        return column;
    }

    /** The message arguments after the formula's description and the column. */
    public java.util.List<Object> details() {
        return java.util.Arrays.asList(details.clone());
    }

    /** The full message, e.g. {@code [JK204] dimension mismatch in the formula of conv at column 9: ...}. */
    public String format(String where) {
        return format(where, null);
    }

    /**
     * The full message for a problem in {@code text}: the position is its column, or for a formula
     * of several lines (a text block) its line and the column within that line, e.g. {@code at
     * line 2, column 5}, since a column counted across line ends points nowhere a reader can see.
     */
    public String format(String where, String text) {
        Object[] args = new Object[details.length + 2];
        args[0] = where;
        args[1] = position(text, column);
        System.arraycopy(details, 0, args, 2, details.length);
        return msg.format(args);
    }

    /** "column c", or "line l, column c" when {@code text} has line ends before the column. */
    static String position(String text, int column) {
        if (text == null || column < 1 || text.indexOf('\n') < 0) {
            return "column " + column;
        }
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < Math.min(column - 1, text.length()); k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return "line " + line + ", column " + (column - lineStart);
    }
}
