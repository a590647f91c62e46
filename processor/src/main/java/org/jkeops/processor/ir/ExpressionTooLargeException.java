package org.jkeops.processor.ir;

/**
 * An expansion (a derivative) that would spell more operations than the processor can simplify and
 * emit in reasonable time and memory; the resolver reports it as JK208 at the form's column.
 */
public final class ExpressionTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExpressionTooLargeException(String message) {
        super(message);
    }
}
