package org.jkeops.processor.body;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.type.TypeKind;
import org.jkeops.annotations.Formulas;
import org.jkeops.processor.diag.Msg;
import org.jkeops.processor.parse.Ast;
import org.jkeops.processor.parse.FormulaParser;
import org.jkeops.processor.resolve.Scope;

/**
 * Translates the body of a static kernel method into the syntax tree of the string front end
 * ({@link Ast}), so that {@code Resolver} resolves names, arity and dimensions exactly as for
 * {@code @Formula} text. The body is read syntactically (method bodies are not attributed while
 * annotation processors run): local variables are inlined, integer constant expressions are
 * folded with Java's int semantics, and calls are bound by Java's scoping rules ({@link CallOwners}).
 *
 * <p>The {@code column} of every {@link Ast} node is an id: {@link #node(int)} gives back the
 * source tree it came from, so that errors from the resolver point at the right place.
 */
final class BodyTranslator {
    /**
     * The formula library's methods and their KeOps names: every public method of
     * {@link Formulas}, so that the body front end accepts what the library offers. A method's
     * KeOps name is its own capitalised, but for these.
     */
    private static final Map<String, String> RENAMED = Map.of("xlogx", "XLogX", "sinxdivx", "SinXDivX", "relu", "ReLU",
            "sub", "Subtract", "mul", "Mult", "div", "Divide", "neg", "Minus", "dot", "Scalprod");
    static final Map<String, String> FORMULAS = new TreeMap<>();
    /** The {@code java.lang.Math} methods a formula may call, and their KeOps names. */
    static final Map<String, String> MATH = new LinkedHashMap<>();

    static {
        for (Method m : Formulas.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                String name = m.getName();
                FORMULAS.put(name, RENAMED.getOrDefault(name, Character.toUpperCase(name.charAt(0)) + name.substring(1)));
            }
        }
        for (String unary : List.of("exp", "log", "sin", "cos", "asin", "acos", "atan", "abs", "floor", "sqrt")) {
            MATH.put(unary, FORMULAS.get(unary));
        }
        MATH.put("atan2", "Atan2");
        MATH.put("pow", "Powf");
    }

    /** A problem at a source position. */
    static final class BodyError extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Tree tree;

        BodyError(Tree tree, String message) {
            super(message, null, false, false);
            this.tree = tree;
        }
    }

    /**
     * The body names a parameter that is not a formula variable (unannotated, {@code @Out}, or
     * with an error of its own): that parameter's own error says what is wrong.
     */
    static final class NotAVariable extends Exception {
        private static final long serialVersionUID = 1L;

        NotAVariable() {
            super(null, null, false, false);
        }
    }

    /**
     * The expression is deeper than the passes after translation may recurse (the same limit as
     * for formula text), or larger than they can handle; reported at the statement's expression,
     * the formula that is too deep or too large.
     */
    static final class TooDeep extends Exception {
        private static final long serialVersionUID = 1L;

        TooDeep(String what) {
            super(what, null, false, false);
        }
    }

    private static final String DEEPER = "an expression nested more than " + FormulaParser.MAX_DEPTH + " levels deep"
            + " (local variables count with the expressions they name, and a chain a + b + c ... one level per"
            + " operand): the compiler's passes recurse over the formula; split the kernel";

    /**
     * The most operations a formula may have once local variables are inlined: each use of a local
     * repeats its expression, so a few dozen locals that each use the previous one twice would
     * make a formula of billions of operations, and javac would never finish.
     */
    static final int MAX_SIZE = 10_000;

    /**
     * How deep the Java expression tree may be: the formula's depth, plus parentheses, casts and
     * unary plus, which add Java levels but no formula level. Checked before recursing further, so
     * that a chain of thousands of terms never overflows javac's stack here.
     */
    static final int MAX_JAVA_DEPTH = FormulaParser.MAX_DEPTH + FormulaParser.MAX_NESTING;

    /**
     * A translated expression; {@code integral} is its value when it is an integer constant,
     * {@code depth} the depth of its formula tree (local variables counted with their expressions).
     * In a double kernel, {@code float32} marks what Java types as float (float literals and
     * locals, float overloads of Formulas and Math, arithmetic on those) and {@code f32} is its
     * value when it is a constant: Java rounds each such operation to float32, which a kernel
     * computing in float64 must reproduce (constants) or refuse (JK307).
     */
    private record T(Ast ast, Long integral, int depth, int size, Float f32, boolean float32) {
        /** A leaf. */
        T(Ast ast, Long integral) {
            this(ast, integral, 1, 1, null, false);
        }

        T(Ast ast, Long integral, int depth, int size) {
            this(ast, integral, depth, size, null, false);
        }

        /** An integer constant or something Java types as float: an operand of float arithmetic. */
        boolean floatOrInt() {
            return float32 || integral != null;
        }

        /** The value of an integer or float constant, else null. */
        Float constantAsFloat() {
            return f32 != null ? f32 : integral != null ? Float.valueOf((float) (long) integral) : null;
        }

        T asFloat32() {
            return new T(ast, integral, depth, size, f32, true);
        }
    }

    /** A float-typed constant of a double kernel: its value already rounded as Java rounds it. */
    private T floatConstant(float v, Tree e) {
        return new T(new Ast.Num(v, false, Double.toString(v), id(e)), null, 1, 1, v, true);
    }

    /** A node over translated operands: one level deeper than the deepest, as large as all together. */
    private static T node(Ast ast, T... operands) throws TooDeep {
        int depth = 1;
        int size = 1;
        for (T o : operands) {
            depth = Math.max(depth, o.depth() + 1);
            size += o.size(); // each at most MAX_SIZE: no overflow
        }
        if (depth > FormulaParser.MAX_DEPTH) {
            throw new TooDeep(DEEPER);
        }
        if (size > MAX_SIZE) {
            throw new TooDeep("an expression of more than " + MAX_SIZE + " operations once its local variables are"
                    + " inlined (each use of a local repeats the expression it names)");
        }
        return new T(ast, null, depth, size);
    }

    private final String methodName;
    private final Scope scope;
    private final Set<String> parameters;
    /** Which type each call and qualifier is bound to: by Java's scoping rules, not by spelling. */
    private final CallOwners owners;
    private final List<Tree> nodes = new ArrayList<>();
    private final Map<String, T> locals = new HashMap<>();
    /** The kernel computes in float64 (it returns double or double[]): a (float) cast would round. */
    private final boolean doubleKernel;
    /** How deep {@link #expr} is in the Java tree. */
    private int javaDepth;

    BodyTranslator(String methodName, Scope scope, Set<String> parameters, CallOwners owners, boolean doubleKernel) {
        this.methodName = methodName;
        this.doubleKernel = doubleKernel;
        this.scope = scope;
        this.parameters = parameters;
        this.owners = owners;
    }

    /** The tree an {@link Ast} column stands for, or null. */
    Tree node(int id) {
        return id >= 1 && id <= nodes.size() ? nodes.get(id - 1) : null;
    }

    private int id(Tree t) {
        nodes.add(t);
        return nodes.size();
    }

    private BodyError error(Tree t, Msg msg, Object... args) {
        return new BodyError(t, msg.format(args));
    }

    private BodyError unsupported(Tree t, String what) {
        return error(t, Msg.BODY_UNSUPPORTED, methodName, what);
    }

    /** The formula of a method body: local declarations, then one return. */
    Ast body(MethodTree method) throws BodyError, NotAVariable {
        List<? extends StatementTree> statements = method.getBody().getStatements();
        for (int k = 0; k < statements.size(); k++) {
            StatementTree s = statements.get(k);
            if (s instanceof VariableTree v) {
                if (v.getInitializer() == null) {
                    throw error(v, Msg.BODY_STATEMENT, methodName,
                            "a local variable without an initializer ('" + v.getName() + "')");
                }
                locals.put(v.getName().toString(), declared(v, statementExpr(v.getInitializer())));
            } else if (s instanceof ReturnTree r) {
                if (r.getExpression() == null) {
                    throw error(r, Msg.BODY_STATEMENT, methodName, "a return without a value");
                }
                if (k != statements.size() - 1) {
                    throw error(statements.get(k + 1), Msg.BODY_STATEMENT, methodName, "a statement after the return");
                }
                return statementExpr(r.getExpression()).ast();
            } else if (s instanceof ExpressionStatementTree e && assignmentTarget(e.getExpression()) != null) {
                throw error(s, Msg.BODY_ASSIGNMENT, methodName, assignmentTarget(e.getExpression()));
            } else {
                throw error(s, Msg.BODY_STATEMENT, methodName, describe(s));
            }
        }
        throw error(method, Msg.BODY_STATEMENT, methodName, "a body without a return statement");
    }

    /**
     * A local takes its declared type: {@code float c = 2} or {@code double c = 2} is no longer an
     * integer constant ({@code c / 3} is not integer division: it was 0 here, where Java gives
     * 0.6666667), and in a double kernel {@code float c = ...} is float-typed, {@code double c =
     * 2f} no longer is.
     */
    private T declared(VariableTree v, T init) {
        if (!(v.getType() instanceof PrimitiveTypeTree p)) {
            return init; // var: the initializer's type
        }
        TypeKind k = p.getPrimitiveTypeKind();
        if (k == TypeKind.FLOAT && doubleKernel) {
            Float c = init.constantAsFloat();
            return c != null ? floatConstant(c, v.getInitializer()) : init.asFloat32();
        }
        boolean retyped = k == TypeKind.DOUBLE || k == TypeKind.FLOAT && init.integral() != null;
        return retyped ? new T(init.ast(), null, init.depth(), init.size()) : init;
    }

    /** The formula of a local's initializer or of the return, reported there when too deep. */
    private T statementExpr(ExpressionTree e) throws BodyError, NotAVariable {
        try {
            return expr(e);
        } catch (TooDeep d) {
            throw unsupported(e, d.getMessage());
        }
    }

    private static String describe(StatementTree s) {
        return switch (s.getKind()) {
            case FOR_LOOP, ENHANCED_FOR_LOOP, WHILE_LOOP, DO_WHILE_LOOP -> "a loop";
            case IF -> "an if statement (write c ? a : b in the returned expression)";
            case EXPRESSION_STATEMENT -> "the statement '" + oneLine(s) + "'";
            case BLOCK -> "a nested block";
            case SWITCH -> "a switch statement";
            case TRY -> "a try statement";
            case THROW -> "a throw statement";
            case EMPTY_STATEMENT -> "an empty statement";
            default -> "a " + s.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + " statement";
        };
    }

    static String oneLine(Tree t) {
        String text = String.valueOf(t).replaceAll("\\s+", " ").trim();
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }

    /** What an assignment-like expression assigns to, or null. */
    private static String assignmentTarget(ExpressionTree e) {
        return switch (e) {
            case AssignmentTree a -> oneLine(a.getVariable());
            case CompoundAssignmentTree a -> oneLine(a.getVariable());
            case UnaryTree u when switch (u.getKind()) {
                case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
                default -> false;
            } -> oneLine(u.getExpression());
            default -> null;
        };
    }

    private T expr(ExpressionTree e) throws BodyError, NotAVariable, TooDeep {
        if (javaDepth >= MAX_JAVA_DEPTH) {
            throw new TooDeep(DEEPER);
        }
        javaDepth++;
        try {
            return translate(e);
        } finally {
            javaDepth--;
        }
    }

    private T translate(ExpressionTree e) throws BodyError, NotAVariable, TooDeep {
        String target = assignmentTarget(e);
        if (target != null) {
            throw error(e, Msg.BODY_ASSIGNMENT, methodName, target);
        }
        return switch (e.getKind()) {
            case PARENTHESIZED -> expr(((ParenthesizedTree) e).getExpression());
            case TYPE_CAST -> cast((TypeCastTree) e);
            case INT_LITERAL, LONG_LITERAL -> integral(((Number) ((LiteralTree) e).getValue()).longValue(), e);
            case FLOAT_LITERAL -> doubleKernel ? floatConstant((Float) ((LiteralTree) e).getValue(), e)
                    : new T(new Ast.Num(((Float) ((LiteralTree) e).getValue()).doubleValue(), false, oneLine(e), id(e)), null);
            case DOUBLE_LITERAL -> new T(new Ast.Num((Double) ((LiteralTree) e).getValue(), false, oneLine(e), id(e)), null);
            case IDENTIFIER -> identifier((IdentifierTree) e);
            case MEMBER_SELECT -> memberSelect((MemberSelectTree) e);
            case ARRAY_ACCESS -> arrayAccess((ArrayAccessTree) e);
            case METHOD_INVOCATION -> call((MethodInvocationTree) e);
            case UNARY_PLUS -> expr(((UnaryTree) e).getExpression());
            case UNARY_MINUS -> {
                T a = expr(((UnaryTree) e).getExpression());
                if (a.integral() != null) {
                    yield integral(-a.integral(), e);
                }
                if (a.f32() != null) {
                    yield floatConstant(-a.f32(), e);
                }
                if (a.ast() instanceof Ast.Num n) { // a negative constant, so that (float) -0.1 is one too
                    yield new T(new Ast.Num(-n.value(), false, "-" + n.text(), id(e)), null);
                }
                T negated = node(new Ast.Negate(a.ast(), id(e)), a);
                yield a.float32() ? negated.asFloat32() : negated;
            }
            case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> arithmetic((BinaryTree) e);
            case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, EQUAL_TO, NOT_EQUAL_TO ->
                    throw unsupported(e, "the comparison '" + oneLine(e)
                            + "' outside the condition of c ? a : b (a formula's values are numbers)");
            case CONDITIONAL_EXPRESSION -> conditional((ConditionalExpressionTree) e);
            case NEW_CLASS, NEW_ARRAY -> throw error(e, Msg.BODY_NEW, methodName, oneLine(e));
            case BOOLEAN_LITERAL, CHAR_LITERAL, STRING_LITERAL, NULL_LITERAL ->
                    throw unsupported(e, "the literal " + oneLine(e) + " (a formula's values are numbers)");
            case CONDITIONAL_AND, CONDITIONAL_OR, LOGICAL_COMPLEMENT ->
                    throw unsupported(e, "the boolean operation '" + oneLine(e) + "'");
            case LAMBDA_EXPRESSION -> throw unsupported(e, "a lambda expression");
            case MEMBER_REFERENCE -> throw unsupported(e, "a method reference");
            case SWITCH_EXPRESSION -> throw unsupported(e, "a switch expression (use c ? a : b)");
            default -> throw unsupported(e, "'" + oneLine(e) + "' ("
                    + e.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        };
    }

    private T integral(long v, Tree e) throws BodyError {
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw unsupported(e, "the integer constant " + v + ", which does not fit in an int");
        }
        return new T(new Ast.Num(v, true, Long.toString(v), id(e)), v);
    }

    private T cast(TypeCastTree c) throws BodyError, NotAVariable, TooDeep {
        T inner = expr(c.getExpression());
        if (c.getType() instanceof PrimitiveTypeTree p) {
            TypeKind k = p.getPrimitiveTypeKind();
            if (k == TypeKind.FLOAT && doubleKernel) {
                return floatCastInADoubleKernel(c, inner);
            }
            if (k == TypeKind.FLOAT || k == TypeKind.DOUBLE) {
                // (double) in a float kernel changes nothing: the kernel computes in float32 throughout
                return new T(inner.ast(), null, inner.depth(), inner.size()); // no longer integer arithmetic
            }
            if ((k == TypeKind.INT || k == TypeKind.LONG) && inner.integral() != null) {
                return inner;
            }
        }
        throw unsupported(c, "the cast '" + oneLine(c) + "' (only casts to float or double, or of integer constants)");
    }

    /**
     * {@code (float) e} in a float64 kernel: Java rounds there to float32, which the IR has no
     * operation for. A literal or an integer constant is rounded here (what Java computes); any
     * other operand is JK307 rather than a kernel that silently skips the rounding (it computed
     * {@code (float) x - x} as 0, where the method called directly gives the rounding error).
     */
    private T floatCastInADoubleKernel(TypeCastTree c, T inner) throws BodyError {
        if (inner.f32() != null) {
            return inner;
        }
        if (inner.ast() instanceof Ast.Num n && Double.isFinite((float) n.value())) {
            float rounded = (float) n.value();
            return new T(new Ast.Num(rounded, false, Double.toString(rounded), n.column()), null, 1, 1, rounded, true);
        }
        throw unsupported(c, "the cast '" + oneLine(c) + "' in a double kernel: Java rounds its operand to float32"
                + " there, which a double kernel cannot do (it computes in float64 throughout); remove the cast,"
                + " or declare the kernel float");
    }

    private T identifier(IdentifierTree i) throws BodyError, NotAVariable {
        String name = i.getName().toString();
        T local = locals.get(name);
        if (local != null) {
            return local;
        }
        if (parameters.contains(name)) {
            if (scope.alias(name) == null) {
                throw new NotAVariable();
            }
            return new T(new Ast.Name(name, id(i)), null);
        }
        throw error(i, Msg.BODY_FIELD, methodName, name);
    }

    private T memberSelect(MemberSelectTree m) throws BodyError {
        String owner = oneLine(m.getExpression());
        String name = m.getIdentifier().toString();
        if ((name.equals("PI") || name.equals("E")) && qualifier(m.getExpression()).owner() == CallOwners.Owner.MATH) {
            return new T(new Ast.Num(name.equals("PI") ? Math.PI : Math.E, false, oneLine(m), id(m)), null);
        }
        throw error(m, Msg.BODY_FIELD, methodName, oneLine(m));
    }

    /**
     * The type the qualifier of {@code Q.name} denotes: none when Q is a parameter or local
     * variable (the expression reads it), else the type javac will bind the name to.
     */
    private CallOwners.Binding qualifier(ExpressionTree q) {
        String spelled = oneLine(q);
        String first = spelled.split("\\.", 2)[0];
        if (locals.containsKey(first) || parameters.contains(first)) {
            return CallOwners.Binding.NONE;
        }
        return owners.ofQualifier(spelled);
    }

    private T arrayAccess(ArrayAccessTree a) throws BodyError, NotAVariable, TooDeep {
        T array = expr(a.getExpression());
        T index;
        try {
            index = expr(a.getIndex());
        } catch (BodyError | NotAVariable e) {
            index = null;
        }
        if (index == null || index.integral() == null) {
            throw error(a.getIndex(), Msg.BODY_INDEX, methodName, oneLine(a.getIndex()));
        }
        return node(new Ast.Call("Elem", List.of(array.ast(), index.ast()), id(a)), array, index);
    }

    private T call(MethodInvocationTree mi) throws BodyError, NotAVariable, TooDeep {
        if (!mi.getTypeArguments().isEmpty()) {
            throw unsupported(mi, "a call with type arguments");
        }
        ExpressionTree select = mi.getMethodSelect();
        String keops = null;
        CallOwners.Binding binding = CallOwners.Binding.NONE;
        String name = null;
        if (select instanceof IdentifierTree i) {
            name = i.getName().toString();
            binding = owners.ofCall(name);
        } else if (select instanceof MemberSelectTree m) {
            name = m.getIdentifier().toString();
            binding = qualifier(m.getExpression());
        }
        if (binding.owner() == CallOwners.Owner.MATH) {
            keops = MATH.get(name);
        } else if (binding.owner() == CallOwners.Owner.FORMULAS) {
            keops = FORMULAS.get(name);
        }
        if (keops == null) {
            String bound = binding.type() == null ? ""
                    : select instanceof MemberSelectTree m ? " (" + oneLine(m.getExpression()) + " is " + binding.type() + ")"
                    : " (javac binds it to " + binding.type() + ")";
            throw error(mi, Msg.BODY_CALL, methodName, oneLine(select) + "(...)" + bound,
                    "Math." + String.join(", Math.", MATH.keySet()));
        }
        List<T> args = new ArrayList<>();
        for (ExpressionTree a : mi.getArguments()) {
            args.add(expr(a));
        }
        T narrow = narrowOverload(mi, binding.owner() == CallOwners.Owner.MATH ? Math.class : Formulas.class, name, args);
        if (narrow != null) {
            return narrow;
        }
        return node(new Ast.Call(keops, args.stream().map(T::ast).toList(), id(mi)), args.toArray(T[]::new));
    }

    private T arithmetic(BinaryTree b) throws BodyError, NotAVariable, TooDeep {
        T l = expr(b.getLeftOperand());
        T r = expr(b.getRightOperand());
        if (l.integral() != null && r.integral() != null) {
            long x = l.integral();
            long y = r.integral();
            if ((b.getKind() == Tree.Kind.DIVIDE || b.getKind() == Tree.Kind.REMAINDER) && y == 0) {
                throw unsupported(b, "an integer division by zero");
            }
            long v = switch (b.getKind()) {
                case PLUS -> x + y;
                case MINUS -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y; // Java's integer division, as the method computes it
                default -> x % y;
            };
            return integral(v, b);
        }
        if (doubleKernel && l.floatOrInt() && r.floatOrInt()) { // float arithmetic in Java: rounded to float32
            Float x = l.constantAsFloat();
            Float y = r.constantAsFloat();
            if (x == null || y == null) {
                throw floatInADoubleKernel(b);
            }
            return floatConstant(switch (b.getKind()) {
                case PLUS -> x + y;
                case MINUS -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y;
                default -> x % y;
            }, b);
        }
        String op = switch (b.getKind()) {
            case PLUS -> "+";
            case MINUS -> "-";
            case MULTIPLY -> "*";
            case DIVIDE -> "/";
            default -> throw unsupported(b, "the remainder operator % on floating-point values (Java's remainder "
                    + "truncates; mod(x, n, d) is KeOps' floored modulo)");
        };
        return node(new Ast.Infix(op, l.ast(), r.ast(), id(b)), l, r);
    }

    /**
     * {@code p >= q ? a : b} is {@code IfElse(p - q, a, b)} and {@code p <= q ? a : b} is
     * {@code IfElse(q - p, a, b)}; other comparisons {@code c} give {@code IfElse(c - 1, a, b)},
     * with c of value 1 or 0; {@code c ? 1 : 0} is the comparison itself.
     */
    /** JK307 for an operation Java computes in float32 on a value that is not a constant. */
    private BodyError floatInADoubleKernel(Tree e) {
        return unsupported(e, "'" + oneLine(e) + "' in a double kernel: Java computes it in float32 (its operands are"
                + " float or int), which a double kernel can do only for constants (it computes in float64"
                + " throughout); write the float operands as double (2.0, not 2f), or declare the kernel float");
    }

    /**
     * In a double kernel, a call of Formulas or Math whose arguments are all float-typed or integer
     * constants binds, as javac binds it, to the overload of int, long or float parameters (the
     * most specific applicable: {@code sqrt(2)} is {@code Formulas.sqrt(float)}); with constant
     * arguments it is evaluated here by that very method, so that the kernel gets the value Java
     * computes; null when no such overload applies (the call computes in double, e.g.
     * {@code Math.sqrt}).
     */
    private T narrowOverload(MethodInvocationTree mi, Class<?> owner, String name, List<T> args) throws BodyError {
        if (!doubleKernel || args.isEmpty() || !args.stream().allMatch(T::floatOrInt)) {
            return null;
        }
        Method best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Method m : owner.getMethods()) {
            if (!m.getName().equals(name) || !Modifier.isStatic(m.getModifiers())
                    || m.getParameterCount() != args.size()) {
                continue;
            }
            int rank = 0;
            for (int k = 0; k < args.size() && rank >= 0; k++) {
                int widening = widening(m.getParameterTypes()[k], args.get(k).integral() != null);
                rank = widening < 0 ? -1 : rank + widening;
            }
            if (rank >= 0 && rank < bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        if (best == null || best.getReturnType() == double.class) {
            return null;
        }
        Object[] values = new Object[args.size()];
        for (int k = 0; k < args.size(); k++) {
            T a = args.get(k);
            Class<?> p = best.getParameterTypes()[k];
            if (a.integral() == null && a.f32() == null) {
                throw floatInADoubleKernel(mi);
            }
            values[k] = p == int.class ? (Object) (int) (long) a.integral()
                    : p == long.class ? (Object) a.integral() : (Object) a.constantAsFloat();
        }
        Object result;
        try {
            result = best.invoke(null, values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw unsupported(mi, "'" + oneLine(mi) + "', which Java evaluates in float32 here and which fails: " + cause);
        }
        if (result instanceof Float f) {
            return floatConstant(f, mi);
        }
        if (result instanceof Integer || result instanceof Long) {
            return integral(((Number) result).longValue(), mi);
        }
        return null;
    }

    /**
     * How far an argument widens to a parameter, as javac ranks overloads (int, then long, then
     * float is the most specific), or -1 when it cannot: an integer constant fits int, long and
     * float parameters, a float-typed value only float ones.
     */
    private static int widening(Class<?> parameter, boolean integer) {
        if (parameter == int.class) {
            return integer ? 0 : -1;
        }
        if (parameter == long.class) {
            return integer ? 1 : -1;
        }
        return parameter == float.class ? 2 : -1;
    }

    private T conditional(ConditionalExpressionTree c) throws BodyError, NotAVariable, TooDeep {
        ExpressionTree cond = c.getCondition();
        while (cond instanceof ParenthesizedTree p) {
            cond = p.getExpression();
        }
        String op = cond instanceof BinaryTree bt ? switch (bt.getKind()) {
            case GREATER_THAN_EQUAL -> ">=";
            case LESS_THAN_EQUAL -> "<=";
            case GREATER_THAN -> ">";
            case LESS_THAN -> "<";
            case EQUAL_TO -> "==";
            case NOT_EQUAL_TO -> "!=";
            default -> null;
        } : null;
        if (op == null) {
            throw unsupported(cond, "the condition '" + oneLine(cond) + "'; the condition of c ? a : b must be one "
                    + "comparison of two numbers (<, <=, >, >=, ==, !=)");
        }
        BinaryTree comparison = (BinaryTree) cond;
        T p = expr(comparison.getLeftOperand());
        T q = expr(comparison.getRightOperand());
        T a = expr(c.getTrueExpression());
        T b = expr(c.getFalseExpression());
        if (a.integral() != null && a.integral() == 1 && b.integral() != null && b.integral() == 0) {
            return node(new Ast.Infix(op, p.ast(), q.ast(), id(comparison)), p, q);
        }
        T selector = switch (op) {
            case ">=" -> node(new Ast.Infix("-", p.ast(), q.ast(), id(comparison)), p, q);
            case "<=" -> node(new Ast.Infix("-", q.ast(), p.ast(), id(comparison)), p, q);
            default -> {
                T test = node(new Ast.Infix(op, p.ast(), q.ast(), id(comparison)), p, q);
                yield node(new Ast.Infix("-", test.ast(), new Ast.Num(1, true, "1", id(comparison)), id(comparison)), test);
            }
        };
        T chosen = node(new Ast.Call("IfElse", List.of(selector.ast(), a.ast(), b.ast()), id(c)), selector, a, b);
        // float-typed when both branches are float or int (one float): Java's type of c ? a : b
        return doubleKernel && a.floatOrInt() && b.floatOrInt() && (a.float32() || b.float32()) ? chosen.asFloat32() : chosen;
    }
}
