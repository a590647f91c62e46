package org.jkeops.processor.diag;

import java.util.Locale;

/**
 * The catalog of every message the processor prints. Codes are stable: tests, documentation and
 * users' build logs refer to them. Add new codes at the end of their group; never renumber.
 * JK1xx are about declarations (interface, method, parameters, annotations), JK2xx about the
 * formula text, JK3xx about body formulas (a static method whose body is the formula), JK9xx about
 * the processor itself.
 */
public enum Msg {
    // --- declarations ----------------------------------------------------------------------
    NOT_AN_INTERFACE("JK100", "@Kernels applies to interfaces only; %s is %s"),
    GENERIC_INTERFACE("JK101", "@Kernels interface %s cannot have type parameters"),
    PRIVATE_INTERFACE("JK102", "@Kernels interface %s must not be private: the generated class implements it"),
    GENERATED_NAME_CLASH("JK103", "@Kernels interface %s cannot generate %s: a type of that name is already declared or generated in this compilation (%s); rename one of them"),
    SEALED_INTERFACE("JK104", "@Kernels interface %s must not be sealed: the generated class %s implements it, and its permits clause does not list it; remove sealed (or declare the interface non-sealed)"),
    HIDDEN_NAME("JK105", "%s %s hides %s, which the classes generated for @Kernels interface %s refer to by its simple name %s; rename %s"),
    MISSING_FORMULA("JK110", "abstract method %s has no @Formula: jkeops cannot implement it"),
    GENERIC_METHOD("JK111", "kernel method %s cannot have type parameters"),
    INHERITED_SIGNATURE_CLASH("JK112", "abstract kernel methods %s and %s both generate %s in the implementation of %s, which inherits them as one method and cannot implement two formulas with it; redeclare %s in %s with the formula to use, or rename one of them"),
    IGNORED_ANNOTATION("JK113", "%s method %s has %s, which jkeops does not apply to a %s method: %s"),
    SEPARATELY_COMPILED("JK114", "@Kernels interface %s inherits abstract method %s from %s, which comes from a class file compiled separately, where jkeops cannot see a @Formula or @Gradient: these annotations (and @Vi, @Vj, @Pm) have SOURCE retention and are not kept in class files; declare the kernel methods in %s or in an interface compiled in the same compilation"),
    IMPL_METHOD_CLASH("JK115", "default method %s.%s clashes with the method of that signature the generated class %s declares (it cannot override the default method, or would replace it); rename the method of %s"),
    PARAM_TYPE("JK120", "parameter %s has type %s; a kernel parameter is float[] or double[] (@Vi, @Vj, @Pm), float or double (@Pm of dimension 1), an @Out array, or the int[] arg indices of a MIN / MAX / K_MIN @Gradient"),
    PARAM_NO_CATEGORY("JK121", "parameter %s is not annotated @Vi, @Vj, @Pm or @Out, and no Var(%d, ...) form in the formula declares it"),
    DUPLICATE_ALIAS("JK122", "parameter %s is declared twice: %s"),
    BAD_DIMENSION("JK123", "parameter %s: dimension must be in [1, %d], got %d"),
    SCALAR_DIMENSION("JK124", "parameter %s is a scalar %s, so its @Pm dimension must be 1, got %d; use a %s[] for a vector parameter"),
    MIXED_PRECISION("JK125", "kernel method %s mixes float and double parameters (%s is %s, %s is %s); use one precision"),
    NO_OUTER_VARIABLE("JK126", "kernel method %s has no %s parameter, so the number of output rows (%s) is unknown"),
    NO_INNER_VARIABLE("JK127", "kernel method %s has no %s parameter, so the number of rows reduced over (%s) is unknown"),
    PARAMETER_SLOTS("JK128", "kernel method %s needs %d parameter slots in its generated method %s, beyond the JVM's limit of %d (a double parameter takes 2 slots, and the generated methods add parameters of their own): pass the @Pm values as one array, @Pm(n) double[]"),
    RETURN_TYPE("JK130", "kernel method %s must return %s for %s with %s data, not %s"),
    OUT_MISUSE("JK131", "kernel method %s: %s"),
    K_MISSING("JK140", "%s needs k in [1, %d] in @Reduce (k times the formula's dimension at most %d), got k = %d"),
    K_USELESS("JK141", "k = %d is only meaningful for K_MIN, ARG_K_MIN and K_MIN_ARG_K_MIN, not %s"),
    WEIGHT_WRONG_REDUCTION("JK142", "weight is only meaningful for LOG_SUM_EXP and SUM_SOFTMAX_WEIGHT, not %s"),
    WEIGHT_MISSING("JK143", "SUM_SOFTMAX_WEIGHT needs a weight formula: @Reduce(value = SUM_SOFTMAX_WEIGHT, weight = \"...\")"),
    LSE_DIMENSION("JK144", "%s needs a formula of dimension 1, but %s has dimension %d"),
    SUM_SCHEME_USELESS("JK145", "sum = %s only applies to SUM, not %s"),
    GRADIENT_WITH_FORMULA("JK150", "kernel method %s has @Gradient and @%s; a @Gradient method's formula and reduction come from its target: remove @%s"),
    GRADIENT_TARGET("JK151", "@Gradient method %s: of = \"%s\" %s"),
    GRADIENT_OF_INDICES("JK152", "@Gradient method %s: %s (target %s) returns indices, which have no gradient (piecewise constant in the variables); differentiate the %s of the same formula, whose gradient takes these indices"),
    GRADIENT_WRT("JK153", "@Gradient method %s: wrt = \"%s\" is not a formula parameter of %s; its formula parameters: %s"),
    GRADIENT_PARAMETERS("JK154", "@Gradient method %s must take the parameters of %s followed by %s: (%s); %s"),
    GRADIENT_RETURN("JK155", "@Gradient method %s must return %s (%s), not %s"),
    RANGES_ANNOTATED("JK160", "parameter %s has type Ranges and carries @%s; a Ranges parameter takes no annotation: it makes the method block-sparse (null means dense)"),
    RANGES_TWICE("JK161", "kernel method %s has %d Ranges parameters (%s); a kernel method takes at most one"),
    RANGES_UNSUPPORTED("JK162", "kernel method %s cannot take the Ranges parameter %s: %s"),

    // --- formula text ----------------------------------------------------------------------
    SYNTAX("JK200", "syntax error in %s at %s: %s"),
    UNKNOWN_NAME("JK201", "unknown name in %s at %s: '%s'%s; known names: %s"),
    UNKNOWN_FUNCTION("JK202", "unknown function in %s at %s: '%s'%s"),
    ARITY("JK203", "wrong number of arguments in %s at %s: %s takes %s, got %d"),
    DIMENSION_MISMATCH("JK204", "dimension mismatch in %s at %s: %s"),
    INTEGER_ARGUMENT("JK205", "integer literal expected in %s at %s: argument %d of %s must be an integer literal"),
    BAD_VARIABLE("JK206", "bad variable in %s at %s: %s"),
    BAD_INDEX("JK207", "index or size out of range in %s at %s: %s"),
    KERNEL_TOO_LARGE("JK208", "kernel too large in %s at %s: %s"),

    // --- body formulas (a static @Reduce method whose Java body is the formula) ----------------
    BODY_UNAVAILABLE("JK300", "cannot read the body of %s: this compiler does not offer the javac Tree API (%s); compile with javac, or write the formula as @Formula on an abstract method"),
    BODY_STATEMENT("JK301", "the body of %s can only declare local variables and then return the formula; %s is not allowed"),
    BODY_ASSIGNMENT("JK302", "the body of %s assigns to %s; a formula body cannot assign to parameters or variables, declare a new local variable instead"),
    BODY_CALL("JK303", "the body of %s calls %s, which is not a formula function: a formula body calls only the methods of org.jkeops.annotations.Formulas and %s"),
    BODY_INDEX("JK304", "array index in the body of %s must be an integer constant, got '%s'"),
    BODY_FIELD("JK305", "the body of %s reads '%s'; a formula can only read parameters, local variables, literals, Math.PI and Math.E"),
    BODY_NEW("JK306", "the body of %s creates an object or array ('%s'); a formula cannot allocate"),
    BODY_UNSUPPORTED("JK307", "unsupported construct in the body of %s: %s"),
    BODY_STATIC_FORMULA("JK308", "static method %s has @Formula; a static kernel method's body is its formula: remove @Formula, or make the method abstract"),
    BODY_SCALAR_DIMENSION("JK309", "parameter %s is a scalar %s, so its @%s dimension must be 1, got %d; use a %s[] for a vector variable"),
    BODY_RETURN_TYPE("JK310", "static kernel method %s returns the formula's value for one pair (i, j), of dimension %d: it must return %s, not %s"),
    BODY_OUT_PARAMETER("JK311", "static kernel method %s cannot have @Out parameter %s: the generated method returns its result"),
    BODY_SIGNATURE_CLASH("JK312", "static kernel method %s generates %s in the implementation, which another kernel method of %s generates too; rename one of them"),
    BODY_REPLACES_DEFAULT("JK313", "static kernel method %s generates %s in the implementation, which would override the default method %s.%s of the same signature (replacing what it does); rename one of them"),

    // --- processor -------------------------------------------------------------------------
    INTERNAL("JK900", "jkeops internal error while processing %s: %s (please report this)"),
    IR_DUMP_FAILED("JK901", "could not write the IR dump for %s: %s"),
    BAD_OPTION("JK902", "processor option -A%s=%s is not a valid regular expression (%s); no kernel of %s keeps the unrolled SIMD schedule");

    private final String code;
    private final String format;

    Msg(String code, String format) {
        this.code = code;
        this.format = format;
    }

    /** The stable code, e.g. {@code JK204}. */
    public String code() {
        return code;
    }

    /** The message text with its code in front: {@code [JK204] ...}. */
    public String format(Object... args) {
        return "[" + code + "] " + String.format(Locale.ROOT, format, args);
    }
}
