package org.jkeops.processor.model;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.jkeops.processor.diag.Msg;

/** Reports catalog messages on elements, annotations and annotation values, counting errors. */
public final class Reporter {
    private final Messager messager;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    public void error(Element e, Msg msg, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, msg.format(args), e);
    }

    /** An error on an annotation value when there is one, else on the annotation, else the element. */
    public void error(Element e, AnnotationMirror a, AnnotationValue v, String text) {
        errors++;
        if (a == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, e);
        } else if (v == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text, e, a);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, text, e, a, v);
        }
    }

    public void note(Element e, String text) {
        messager.printMessage(Diagnostic.Kind.NOTE, text, e);
    }

    public void warning(Element e, String text) {
        messager.printMessage(Diagnostic.Kind.WARNING, text, e);
    }

    /**
     * Counts an error that javac reports itself (an unresolved type or constant in a declaration
     * the processor reads), so that nothing is generated and no second message is printed.
     */
    public void silentError() {
        errors++;
    }

    /** Errors reported so far. */
    public int errors() {
        return errors;
    }
}
