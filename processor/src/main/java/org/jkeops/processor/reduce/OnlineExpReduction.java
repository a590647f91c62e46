package org.jkeops.processor.reduce;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.jkeops.processor.emit.RuntimeTypes;
import org.jkeops.processor.plan.Precision;

/**
 * LOG_SUM_EXP (weighted or not) and SUM_SOFTMAX_WEIGHT ({@code softmax}), computed online as a
 * running maximum m and sums shifted by it: init (m = -inf, sums 0); fold of v with weight w
 * rescales the sums by exp(m - v) when v is a new maximum, else adds exp(v - m) w; -inf terms
 * add nothing, a term equal to m weighs 1 (so two +inf terms give +inf, not inf - inf = NaN), NaN
 * terms make the sums NaN. Finalize: LOG_SUM_EXP gives m + log(s) (-inf for an empty row, NaN
 * with a NaN term), SUM_SOFTMAX_WEIGHT s / (sum of exp(v - m)) (0 for an empty row).
 *
 * <p>Merge of split parts: an unweighted LOG_SUM_EXP's parts by log(exp(a) + exp(b)) of their
 * finalized values. A weighted one's sums may be negative, and a part whose sum is negative has
 * finalized to log(negative) = NaN though the whole row's sum is positive; so its parts are merged
 * from (m, s) unfinalized, s = sum of the parts' s_p exp(m_p - m). Neither it nor
 * SUM_SOFTMAX_WEIGHT, which does not output its normaliser, is split on the CPU; on OpenCL they
 * write what the merge needs beside the values ({@link #clWritesNormaliser}: SUM_SOFTMAX_WEIGHT's
 * (m, sum of exp(v - m)) per row, the weighted LOG_SUM_EXP's (m, s) per output element), their
 * {@link #partial} companions (for engines that run parts themselves) write it into their rows,
 * and the host merge ({@code SplitMerge.softmax}, {@code SplitMerge.logSumExpSums}) weighs the
 * parts by it.
 *
 * @param weighted       whether the reduction has a weight (always for SUM_SOFTMAX_WEIGHT, whose G
 *                       is one)
 * @param withNormaliser the {@link #partial} type: each output row of SUM_SOFTMAX_WEIGHT's is the
 *                       finalized values, then m and the sum of exp(v - m); of a weighted
 *                       LOG_SUM_EXP's, the unfinalized sums s, then m
 */
public record OnlineExpReduction(boolean softmax, boolean weighted, boolean withNormaliser, Precision precision)
        implements ReductionType {
    public OnlineExpReduction {
        if (withNormaliser && !weighted) {
            throw new IllegalArgumentException("an unweighted LOG_SUM_EXP has no partial companion");
        }
    }

    /** A weighted LOG_SUM_EXP: parts are merged from their unfinalized sums. */
    private boolean signedSums() {
        return weighted && !softmax;
    }

    /** Only an unweighted LOG_SUM_EXP merges its parts' finalized values. */
    @Override
    public boolean splittable() {
        return !weighted;
    }

    /**
     * Elements a {@link #withNormaliser} row carries after its values: SUM_SOFTMAX_WEIGHT's (m, sum
     * of exp(v - m)), a weighted LOG_SUM_EXP's m.
     */
    @Override
    public int outputWidth(int dim, int weightDim) {
        return (weightDim == 0 ? 1 : weightDim) + (withNormaliser ? (softmax ? 2 : 1) : 0);
    }

    @Override
    public boolean usesExp() {
        return true;
    }

    /** A running sum, as a dialect names it, and the weight of its terms (null: 1). */
    private record Sum(String name, String weight) {
    }

    /**
     * The running sums, in order: SUM_SOFTMAX_WEIGHT's sum of exp(v - m) ({@code sw}), whose
     * terms weigh 1, then one per weight component ({@code se<c>}; one, weighing 1, without a weight).
     */
    private List<Sum> sums(Row row, String sw, IntFunction<String> se) {
        List<Sum> sums = new ArrayList<>();
        if (softmax) {
            sums.add(new Sum(sw, null));
        }
        for (int c = 0; c < row.sums(); c++) {
            sums.add(new Sum(se.apply(c), row.weights().isEmpty() ? null : row.weights().get(c)));
        }
        return sums;
    }

    // ---- scalar Java --------------------------------------------------------------------------

    @Override
    public void scalarInit(CodeBlock.Builder b, ScalarRow row) {
        b.addStatement("$L $L = $L", row.t(), row.name("mx"), row.inf(false));
        for (Sum s : sums(row, row.name("sw"), c -> row.name("se", c))) {
            b.addStatement("$L $L = 0", row.t(), s.name());
        }
    }

    @Override
    public void scalarFold(CodeBlock.Builder b, ScalarRow row) {
        String v = row.values().get(0);
        String mx = row.name("mx");
        List<Sum> sums = sums(row, row.name("sw"), c -> row.name("se", c));
        b.beginControlFlow("if ($L > $L)", v, mx);
        b.addStatement("final $L sc = $L", row.t(), row.exp(mx + " - " + v));
        for (Sum s : sums) {
            b.addStatement("$L = $L * sc + $L", s.name(), s.name(), s.weight() == null ? "1" : s.weight());
        }
        b.addStatement("$L = $L", mx, v);
        b.nextControlFlow("else if ($L != $L)", v, row.inf(false));
        // a term equal to the maximum weighs 1: exp(v - mx) would be NaN for two +inf terms
        b.addStatement("final $L e = $L == $L ? 1 : $L", row.t(), v, mx, row.exp(v + " - " + mx));
        for (Sum s : sums) {
            b.addStatement("$L += $L", s.name(), s.weight() == null ? "e" : "e * " + s.weight());
        }
        b.endControlFlow();
    }

    @Override
    public void scalarFinish(CodeBlock.Builder b, ScalarRow row) {
        String mx = row.name("mx");
        // No terms: -inf + log(0) = -inf, and sw = 0 gives 0. NaN terms leave mx = -inf and make the
        // sums NaN: NaN for both (docs/FORMULAS.md, "Special values").
        for (int c = 0; c < row.sums(); c++) {
            if (softmax) {
                b.addStatement("out[$L] = $L == 0 ? 0 : $L / $L", row.out(c), row.name("sw"), row.name("se", c),
                        row.name("sw"));
            } else if (withNormaliser) {
                b.addStatement("out[$L] = $L", row.out(c), row.name("se", c));
            } else {
                b.addStatement("out[$L] = $L + $L", row.out(c), mx, row.log(row.name("se", c)));
            }
        }
        if (withNormaliser) {
            b.addStatement("out[$L] = $L", row.out(row.sums()), mx);
            if (softmax) {
                b.addStatement("out[$L] = $L", row.out(row.sums() + 1), row.name("sw"));
            }
        }
    }

    @Override
    public List<Slot> scalarState(ScalarRow row) {
        return Stream.concat(Stream.of(row.name("mx")), sums(row, row.name("sw"), c -> row.name("se", c)).stream()
                .map(Sum::name)).map(name -> new Slot(row.type(), name)).toList();
    }

    // ---- Vector API lanes ---------------------------------------------------------------------

    @Override
    public void laneInit(CodeBlock.Builder b, LaneRow row) {
        b.addStatement("$T $L = $T.broadcast($L, $L)", row.vec(), row.name("mxv"), row.vec(), row.species(),
                row.inf(false));
        for (Sum s : sums(row, row.name("swv"), c -> row.name("sev", c))) {
            b.addStatement("$T $L = $T.zero($L)", row.vec(), s.name(), row.vec(), row.species());
        }
    }

    /**
     * One exp per pair: with e = exp(min(v, m) - max(v, m)), a new maximum rescales the sums
     * (s * e + w), an old one adds (s + e * w); -inf terms add nothing.
     */
    @Override
    public void laneFold(CodeBlock.Builder b, LaneRow row) {
        String v = row.values().get(0);
        String mxv = row.name("mxv");
        String up = row.name("up");
        String keep = row.name("keep");
        String e = row.name("e");
        b.addStatement("final $T<$T> $L = $L.compare($T.GT, $L)", RuntimeTypes.VECTOR_MASK, row.box(), up, v,
                RuntimeTypes.VECTOR_OPERATORS, mxv);
        b.addStatement("final $T<$T> $L = $L.eq($L)", RuntimeTypes.VECTOR_MASK, row.box(), keep, v, row.inf(false));
        // a term equal to the lane's maximum weighs 1 (inf - inf would be NaN for two +inf terms)
        b.addStatement("final $T $L = $L.min($L).sub($L.max($L)).blend(0, $L.eq($L))", row.vec(), row.name("ed"), v, mxv,
                v, mxv, v, mxv);
        row.exp().declare(b, row.name("ed"), e);
        for (Sum s : sums(row, row.name("swv"), c -> row.name("sev", c))) {
            String sev = s.name();
            String g = s.weight();
            if (g == null) {
                b.addStatement("$L = $L.add($L).blend($L.fma($L, $T.broadcast($L, 1)), $L).blend($L, $L)", sev, sev, e,
                        sev, e, row.vec(), row.species(), up, sev, keep);
            } else {
                b.addStatement("$L = $L.fma($L, $L).blend($L.fma($L, $L), $L).blend($L, $L)", sev, e, g, sev, sev, e, g,
                        up, sev, keep);
            }
        }
        b.addStatement("$L = $L.blend($L, $L)", mxv, mxv, v, up);
    }

    @Override
    public void laneMerge(CodeBlock.Builder b, LaneRow row) {
        ScalarRow s = row.state();
        String mx = s.name("mx");
        List<Sum> sums = sums(s, s.name("sw"), c -> s.name("se", c));
        List<Sum> lanes = sums(row, row.name("swv"), c -> row.name("sev", c));
        b.addStatement("$L $L = $L.reduceLanes($T.MAX)", row.t(), mx, row.name("mxv"), RuntimeTypes.VECTOR_OPERATORS);
        for (Sum sum : sums) {
            b.addStatement("$L $L = 0", row.t(), sum.name());
        }
        b.beginControlFlow("for (int l = 0; l < $L.length(); l++)", row.species());
        b.addStatement("final $L ml = $L.lane(l)", row.t(), row.name("mxv"));
        b.addStatement("final $L f = ml == $L ? 1 : $L", row.t(), mx, s.exp("ml - " + mx));
        for (int i = 0; i < sums.size(); i++) {
            b.addStatement("$L += $L.lane(l) * f", sums.get(i).name(), lanes.get(i).name());
        }
        b.endControlFlow();
    }

    // ---- OpenCL C -----------------------------------------------------------------------------

    @Override
    public void clInit(ClRow row) {
        row.line(row.t() + " mx = -INFINITY;");
        for (Sum s : sums(row, "sw", c -> "se" + c)) {
            row.line(row.t() + " " + s.name() + " = 0;");
        }
    }

    @Override
    public void clFold(ClRow row) {
        String v = row.values().get(0);
        List<Sum> sums = sums(row, "sw", c -> "se" + c);
        row.line("if (" + v + " > mx) {");
        row.line(1, "const " + row.t() + " sc = exp(mx - " + v + ");");
        for (Sum s : sums) {
            row.line(1, s.name() + " = " + s.name() + " * sc + " + (s.weight() == null ? "1" : s.weight()) + ";");
        }
        row.line(1, "mx = " + v + ";");
        row.line("} else if (" + v + " != -INFINITY) {");
        row.line(1, "const " + row.t() + " e = " + v + " == mx ? 1 : exp(" + v + " - mx);");
        for (Sum s : sums) {
            row.line(1, s.name() + " += " + (s.weight() == null ? "e" : "e * " + s.weight()) + ";");
        }
        row.line("}");
    }

    @Override
    public void clFinish(ClRow row) {
        for (int c = 0; c < row.sums(); c++) {
            row.line("out[o + " + c + "] = " + (softmax ? "sw == 0 ? 0 : se" + c + " / sw;"
                    : withNormaliser ? "se" + c + ";" : "mx + log(se" + c + ");"));
        }
        if (withNormaliser) {
            row.line("out[o + " + row.sums() + "] = mx;");
            if (softmax) {
                row.line("out[o + " + (row.sums() + 1) + "] = sw;");
            }
        }
        if (softmax) {
            row.line("outNorm[2 * (part * rows + i)] = mx;");
            row.line("outNorm[2 * (part * rows + i) + 1] = sw;");
        } else if (clNormalisesEachOutput()) {
            for (int c = 0; c < row.sums(); c++) {
                row.line("outNorm[2 * (o + " + c + ")] = mx;");
                row.line("outNorm[2 * (o + " + c + ") + 1] = se" + c + ";");
            }
        }
    }

    /**
     * SUM_SOFTMAX_WEIGHT: its normaliser (mx, sw) per row; a weighted LOG_SUM_EXP (not its
     * companion, which is not split): (mx, s) per output element. The host weighs the parts by them.
     */
    @Override
    public boolean clWritesNormaliser() {
        return softmax || clNormalisesEachOutput();
    }

    @Override
    public boolean clNormalisesEachOutput() {
        return signedSums() && !withNormaliser;
    }

    /** Not the partial companion: a merge of its launch's parts would give finalized rows, not partial ones. */
    @Override
    public boolean clSplittable() {
        return !withNormaliser && ReductionType.super.clSplittable();
    }

    // ---- host merge ---------------------------------------------------------------------------

    @Override
    public void splitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String out, String outIndex,
            String rows, int dim) {
        if (weighted) {
            throw new IllegalStateException("SUM_SOFTMAX_WEIGHT and a weighted LOG_SUM_EXP are not split on the CPU");
        }
        b.addStatement("$T.logSumExp($L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts, out);
    }

    @Override
    public ReductionType partial() {
        return weighted && !withNormaliser ? new OnlineExpReduction(softmax, true, true, precision) : null;
    }

    @Override
    public String partialRows() {
        return softmax ? "each output row is the finalized values, then what they need to merge\n"
                + "(the running maximum m and the sum of exp(v - m))"
                : "each output row is the sums of exp(v - m) times the weight, not finalized (they may be\n"
                + "negative), then the running maximum m";
    }

    /**
     * The companion's rows: SUM_SOFTMAX_WEIGHT's (values, then normaliser) weighed as its OpenCL
     * parts are; a weighted LOG_SUM_EXP's (sums, then m) added and finalized.
     */
    @Override
    public void finalizedPartsMerge(CodeBlock.Builder b, String valueParts, String indexParts, String out,
            String outIndex, String rows, int dim) {
        if (softmax) {
            b.addStatement("$T.softmaxPartials($L, $L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts, out, rows);
        } else if (weighted) {
            b.addStatement("$T.logSumExpPartials($L, $L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts, out, rows);
        } else {
            splitMerge(b, valueParts, indexParts, out, outIndex, rows, dim);
        }
    }

    /** On OpenCL every part's values weighed by its normaliser, but an unweighted LOG_SUM_EXP's. */
    @Override
    public void clSplitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String extraParts, String out,
            String outIndex, String scratch, String rows, int dim) {
        if (softmax) {
            b.addStatement("$T.softmax($L, $L, $L, $L)", RuntimeTypes.SPLIT_MERGE, valueParts, extraParts, out, rows);
        } else if (weighted) {
            b.addStatement("$T.logSumExpSums($L, $L)", RuntimeTypes.SPLIT_MERGE, extraParts, out);
        } else {
            splitMerge(b, valueParts, indexParts, out, outIndex, rows, dim);
        }
    }
}
