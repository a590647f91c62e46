package org.jkeops.processor.body;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.model.BodyReader;
import org.jkeops.processor.model.Reporter;
import org.jkeops.processor.parse.Ast;
import org.jkeops.processor.resolve.FormulaException;
import org.jkeops.processor.resolve.Resolver;
import org.jkeops.processor.resolve.Scope;

/**
 * The body front end over the javac Tree API: finds the method's tree, translates its body with
 * {@link BodyTranslator}, resolves it with the string front end's {@link Resolver}, and reports
 * problems at their source position through {@link Trees#printMessage}.
 *
 * <p>Under a compiler without the javac Tree API (Eclipse's), or behind a processing environment
 * that wraps javac's and cannot be unwrapped, every body method gets one JK300 error.
 */
public final class JavacBodyReader implements BodyReader {
    private static final String JAVAC_ENV = "com.sun.tools.javac.processing.JavacProcessingEnvironment";

    private final Trees trees;
    private final Elements elements;

    private JavacBodyReader(Trees trees, Elements elements) {
        this.trees = trees;
        this.elements = elements;
    }

    /** A reader for this environment; one that reports JK300 when the Tree API is unavailable. */
    public static BodyReader create(ProcessingEnvironment env) {
        String why;
        try {
            ProcessingEnvironment javac = unwrap(env);
            return new JavacBodyReader(Trees.instance(javac), javac.getElementUtils());
        } catch (IllegalArgumentException e) {
            why = "the processing environment is " + env.getClass().getName();
        } catch (LinkageError e) {
            why = String.valueOf(e);
        }
        String reason = why;
        return (method, scope, reporter) -> {
            reporter.error(method, Msg.BODY_UNAVAILABLE, method.getSimpleName(), reason);
            return null;
        };
    }

    /**
     * javac's environment, found behind wrappers (build tools and test harnesses wrap it) through
     * their fields of type {@link ProcessingEnvironment}; the environment itself when none.
     */
    static ProcessingEnvironment unwrap(ProcessingEnvironment env) {
        ProcessingEnvironment current = env;
        for (int depth = 0; depth < 8 && !current.getClass().getName().equals(JAVAC_ENV); depth++) {
            ProcessingEnvironment inner = null;
            for (Class<?> c = current.getClass(); c != null && inner == null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())
                            && ProcessingEnvironment.class.isAssignableFrom(f.getType())) {
                        try {
                            f.setAccessible(true);
                            inner = (ProcessingEnvironment) f.get(current);
                        } catch (RuntimeException | IllegalAccessException e) {
                            inner = null;
                        }
                        if (inner != null) {
                            break;
                        }
                    }
                }
            }
            if (inner == null || inner == current) {
                return current;
            }
            current = inner;
        }
        return current;
    }

    @Override
    public Body read(ExecutableElement method, Scope scope, Reporter reporter) {
        String name = method.getSimpleName().toString();
        TreePath path = trees.getPath(method);
        if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
            reporter.error(method, Msg.BODY_UNAVAILABLE, name, "no source tree for the method");
            return null;
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        Set<String> parameters = method.getParameters().stream().map(p -> p.getSimpleName().toString())
                .collect(Collectors.toSet());
        CallOwners owners = new CallOwners(elements, unit, (TypeElement) method.getEnclosingElement());
        TypeMirror returned = method.getReturnType();
        if (returned.getKind() == TypeKind.ARRAY) {
            returned = ((ArrayType) returned).getComponentType();
        }
        BodyTranslator translator = new BodyTranslator(name, scope, parameters, owners,
                returned.getKind() == TypeKind.DOUBLE);
        Ast ast;
        try {
            ast = translator.body(tree);
        } catch (BodyTranslator.BodyError e) {
            error(e.getMessage(), e.tree, unit, reporter);
            return null;
        } catch (BodyTranslator.NotAVariable e) {
            return null; // the parameter's own error says why
        }
        // printed only now: javac's printer recurses over the trees, whose depth the translation bounded
        String text = tree.getBody().getStatements().stream().map(s -> BodyTranslator.oneLine(s) + ";")
                .collect(Collectors.joining(" "));
        try {
            Expr formula = Resolver.resolve(ast, scope);
            return new Body(formula, text);
        } catch (FormulaException e) {
            Tree at = Objects.requireNonNullElse(translator.node(e.column()), tree);
            long start = trees.getSourcePositions().getStartPosition(unit, at);
            int column = start < 0 ? 0 : (int) unit.getLineMap().getColumnNumber(start);
            String message = new FormulaException(e.msg(), column, e.details().toArray()).format("the body of " + name);
            error(message, at, unit, reporter);
            return null;
        }
    }

    private void error(String message, Tree at, CompilationUnitTree unit, Reporter reporter) {
        trees.printMessage(Diagnostic.Kind.ERROR, message, at, unit);
        reporter.silentError();
    }
}
