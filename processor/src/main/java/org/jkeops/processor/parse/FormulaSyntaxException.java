package org.jkeops.processor.parse;

/** A formula that does not parse; {@link #column()} is 1-based inside the formula text. */
public final class FormulaSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    public FormulaSyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
