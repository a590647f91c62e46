package org.jkeops.processor.model;

import javax.lang.model.element.ExecutableElement;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.resolve.Scope;

/**
 * The second front end: reads the formula of a {@code static} kernel method from its Java body.
 * Implemented over the javac Tree API in {@code org.jkeops.processor.body}, so that this package
 * does not depend on {@code com.sun.source}.
 */
public interface BodyReader {
    /**
     * The formula of a body and its source text (for IR dumps).
     *
     * @param formula the resolved formula
     * @param text    the body's statements as Java source, on one line
     */
    record Body(Expr formula, String text) {
    }

    /**
     * Reads and resolves the body of {@code method} against {@code scope}.
     *
     * @return the formula, or null after reporting every problem at its source position and
     *         counting it in {@code reporter}; also null without a report when the body names a
     *         parameter that is not a formula variable ({@code scope} has no alias for it), which
     *         has an error of its own
     */
    Body read(ExecutableElement method, Scope scope, Reporter reporter);
}
