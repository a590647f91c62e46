package org.jkeops.spark;

import java.util.List;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelParam;
import org.jkeops.runtime.KernelParam.Axis;
import org.jkeops.runtime.KernelParam.Kind;
import org.jkeops.runtime.Ranges;
import org.jkeops.runtime.internal.Args;

/**
 * A kernel call checked on the driver, before any task runs: every argument's type and length
 * against its parameter's role and dimension, row counts per axis, K against the reduced axis
 * (unless that has no rows: the single-JVM call then gives its neutral rows), arg indices against
 * the axis they point into.
 * Errors name the kernel method and the parameter, as the generated facade's do
 * ({@code Gauss.conv: y: length 401 is not a multiple of dim 3}).
 *
 * @param method the kernel method
 * @param args   the caller's arguments, in the method's order
 * @param outer  rows of the output axis (M for a reduction over j)
 * @param inner  rows of the reduced axis
 */
record KernelCall(KernelMethod<?> method, Object[] args, int outer, int inner) {

    /**
     * Checks a call. With {@code outerFromRows >= 0}, the output-axis arrays come from elsewhere
     * (a Dataset's columns) and may be null here.
     */
    static KernelCall check(KernelMethod<?> method, Object[] args, int outerFromRows) {
        List<KernelParam> params = method.params();
        if (args == null || args.length != params.size()) {
            throw new IllegalArgumentException(method.name() + ": expected " + params.size() + " arguments ("
                    + String.join(", ", params.stream().map(KernelParam::name).toList()) + "), got "
                    + (args == null ? "null" : args.length));
        }
        int outerRows = rowsOf(method, args, method.outer(), outerFromRows);
        int innerRows = rowsOf(method, args, method.inner(), -1);
        for (int p = 0; p < params.size(); p++) {
            KernelParam prm = params.get(p);
            Object a = args[p];
            switch (prm.kind()) {
                case SCALAR -> {
                    Class<?> want = method.usesDouble() ? Double.class : Float.class;
                    if (!want.isInstance(a)) {
                        throw new IllegalArgumentException(label(method, prm) + ": expected a "
                                + (method.usesDouble() ? "double" : "float") + ", got " + describe(a));
                    }
                }
                case VALUES -> {
                    if (prm.axis() == Axis.P) {
                        int length = valuesLength(method, prm, a);
                        if (length != prm.dim()) {
                            throw new IllegalArgumentException(label(method, prm) + ": length " + length
                                    + " != dim " + prm.dim());
                        }
                    }
                }
                case RANGES -> {
                    if (a != null && !(a instanceof Ranges)) {
                        throw new IllegalArgumentException(label(method, prm) + ": expected a Ranges, got " + describe(a));
                    }
                }
                case OUT_VALUES, OUT_INDICES -> {
                    if (outerFromRows >= 0) {
                        continue; // a Dataset call allocates outputs per task
                    }
                    long expected = method.sumsRows() ? method.outputWidth() : (long) outerRows * method.outputWidth();
                    int length = prm.kind() == Kind.OUT_INDICES ? intLength(method, prm, a) : valuesLength(method, prm, a);
                    if (length != expected) {
                        throw new IllegalArgumentException(label(method, prm) + ": length " + length + " != "
                                + (method.outer() == Axis.I ? "M" : "N") + " x " + method.outputWidth() + " = " + expected);
                    }
                }
                default -> {
                    // INDICES: checked by rowsOf
                }
            }
        }
        // As the facade: K rows are needed when anything is reduced; N = 0 gives the neutral rows.
        if (innerRows > 0 && method.k() > innerRows) {
            throw new IllegalArgumentException(method.name() + ": K = " + method.k() + " exceeds the "
                    + innerRows + " rows of the reduced axis (" + (method.inner() == Axis.J ? "N" : "M") + ")");
        }
        if (outerFromRows < 0) {
            validateRanges(method, args, outerRows, innerRows);
            checkIndices(method, args, outerRows, innerRows);
        }
        return new KernelCall(method, args, outerRows, innerRows);
    }

    /**
     * Checks arg-index inputs on the driver, as the generated facade does in one JVM and with its
     * words: each index must be -1 (no index) or a row of the axis it points into (the other one).
     * The tasks cannot check this: they see a block of that axis (an index outside it is rebased to
     * -1, see {@link KernelTask#rebased}) and would count positions within their own block. Null
     * arguments (a Dataset's columns, checked row by row in its pass) are skipped.
     */
    static void checkIndices(KernelMethod<?> method, Object[] args, int outerRows, int innerRows) {
        for (int p = 0; p < args.length; p++) {
            KernelParam prm = method.params().get(p);
            if (prm.kind() != Kind.INDICES || args[p] == null) {
                continue;
            }
            String problem = indexProblem(method, prm, (int[]) args[p], outerRows, innerRows);
            if (problem != null) {
                throw new IllegalArgumentException(label(method, prm) + problem);
            }
        }
    }

    /**
     * The first index of {@code ix} that is neither -1 nor a row of the axis {@code prm} points into,
     * as {@code "[t] = v is outside [0, N) with N = n, and not -1 (no index)"}, or, for a float32
     * kernel, that axis having more than 2^24 rows; else null.
     */
    static String indexProblem(KernelMethod<?> method, KernelParam prm, int[] ix, int outerRows, int innerRows) {
        // Arg indices of rows along one axis point into the other (KernelParam.Kind.INDICES).
        Axis into = prm.axis() == Axis.I ? Axis.J : Axis.I;
        int rows = into == method.outer() ? outerRows : innerRows;
        String axis = into == Axis.I ? "M" : "N";
        // A float32 kernel carries the indices as floats: refused beyond 2^24 rows as in one JVM,
        // though each task, renumbering within its block, could have computed it.
        String bad = Args.indexProblem(ix, rows, axis);
        return bad != null || method.usesDouble() ? bad : Args.floatIndexRowsProblem(rows, axis);
    }

    /**
     * Checks a block-sparsity pattern against the call's sizes on the driver, as the kernel would
     * in one JVM, so that a bad pattern fails before any task (the tasks get it cut to their blocks,
     * where an out-of-bounds pair could go unnoticed or be reported with the block's sizes).
     */
    static void validateRanges(KernelMethod<?> method, Object[] args, int outerRows, int innerRows) {
        int m = method.outer() == Axis.I ? outerRows : innerRows;
        int n = method.outer() == Axis.I ? innerRows : outerRows;
        for (int p = 0; p < args.length; p++) {
            if (args[p] instanceof Ranges r) {
                try {
                    r.validate(method.params().get(p).name(), m, n);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(method.name() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** The common row count of an axis's arrays; fails on a length that is no multiple of dim or on a mismatch. */
    private static int rowsOf(KernelMethod<?> method, Object[] args, Axis axis, int given) {
        int rows = given;
        String first = given >= 0 ? "the Dataset" : null;
        for (int p = 0; p < args.length; p++) {
            KernelParam prm = method.params().get(p);
            if (!prm.rowsAlong(axis) || (given >= 0)) {
                continue;
            }
            int length = prm.kind() == Kind.INDICES ? intLength(method, prm, args[p]) : valuesLength(method, prm, args[p]);
            if (length % prm.dim() != 0) {
                throw new IllegalArgumentException(label(method, prm) + ": length " + length
                        + " is not a multiple of dim " + prm.dim());
            }
            int r = length / prm.dim();
            if (first == null) {
                first = prm.name();
                rows = r;
            } else if (r != rows) {
                throw new IllegalArgumentException(method.name() + ": " + prm.name() + " has " + r + " rows but "
                        + first + " has " + rows + " (both run along " + (axis == Axis.I ? "M" : "N") + ")");
            }
        }
        if (rows < 0) {
            throw new IllegalArgumentException(method.name() + ": no array runs along " + axis);
        }
        return rows;
    }

    private static int valuesLength(KernelMethod<?> method, KernelParam prm, Object a) {
        if (method.usesDouble() ? a instanceof double[] : a instanceof float[]) {
            return java.lang.reflect.Array.getLength(a);
        }
        throw new IllegalArgumentException(label(method, prm) + ": expected a " + (method.usesDouble() ? "double[]" : "float[]")
                + ", got " + describe(a));
    }

    private static int intLength(KernelMethod<?> method, KernelParam prm, Object a) {
        if (a instanceof int[] ints) {
            return ints.length;
        }
        throw new IllegalArgumentException(label(method, prm) + ": expected an int[], got " + describe(a));
    }

    static String label(KernelMethod<?> method, KernelParam prm) {
        return method.name() + ": " + prm.name();
    }

    private static String describe(Object a) {
        return a == null ? "null" : a.getClass().getSimpleName();
    }

    /** Bytes of the reduced axis's arrays, and the largest of them, for the broadcast limit. */
    long innerBytes() {
        long total = 0;
        for (int p = 0; p < args.length; p++) {
            if (method.params().get(p).rowsAlong(method.inner())) {
                total += RowSlices.bytes(args[p]);
            }
        }
        return total;
    }

    /** The largest array of the reduced axis, for messages. */
    String largestInner() {
        String name = "?";
        long most = -1;
        for (int p = 0; p < args.length; p++) {
            KernelParam prm = method.params().get(p);
            if (prm.rowsAlong(method.inner()) && RowSlices.bytes(args[p]) > most) {
                most = RowSlices.bytes(args[p]);
                name = prm.name();
            }
        }
        return name;
    }
}
