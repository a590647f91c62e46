package org.jkeops.processor.ir;

/** A formula whose operands do not fit: the message says what was expected and what was seen. */
public final class DimensionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DimensionException(String message) {
        super(message);
    }
}
