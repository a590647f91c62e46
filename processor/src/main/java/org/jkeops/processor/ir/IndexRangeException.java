package org.jkeops.processor.ir;

/** An index or count argument outside its operand: {@code Elem(x, 5)} on a 3-vector. */
public final class IndexRangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexRangeException(String message) {
        super(message);
    }
}
