package org.jkeops.processor.model;

import java.util.ArrayList;
import java.util.List;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.ir.Category;
import org.jkeops.processor.ir.Expr;
import org.jkeops.processor.ir.Printer;
import org.jkeops.processor.passes.Lowering;
import org.jkeops.processor.passes.Simplifier;
import org.jkeops.processor.plan.KernelPlan;
import org.jkeops.processor.plan.Precision;
import org.jkeops.processor.plan.Program;
import org.jkeops.processor.reduce.ReductionType;

/**
 * The passes after a kernel method is checked: simplifies its formulas, lowers them to scalar
 * code and assembles the {@link KernelPlan} the emitters read (the one place a plan is made),
 * writing the IR after each pass to the dump when asked.
 */
final class PlanBuilder {
    private PlanBuilder() {
    }

    /**
     * @param functionName unique name for the kernel inside the interface
     * @param indexColumn  the reduced index a MIN / MAX / K_MIN gradient compares with, else null
     * @param dump         receives IR dumps when non-null
     */
    static KernelPlan build(KernelDeclaration d, String functionName, List<Slot> slots, Expr.Var indexColumn,
            FormulaResolver.Resolved formulas, Precision precision, boolean outParams, StringBuilder dump) {
        ReductionSpec r = d.reduction();
        SumScheme scheme = r.resolvedScheme(precision);
        Expr formula = Simplifier.simplify(formulas.formula());
        Expr weight = formulas.weight() == null ? null : Simplifier.simplify(formulas.weight());
        Program program = Lowering.lower(formula, weight, r.outer());
        if (dump != null) {
            dump.append("== ").append(d.kernelName()).append(" (").append(functionName).append(") ==\n");
            dump.append(d.fromBody() ? "body:       " : "source:     ").append(formulas.text()).append('\n');
            dump.append("resolved:   ").append(Printer.print(formulas.formula())).append('\n');
            dump.append("simplified: ").append(Printer.print(formula)).append('\n');
            if (weight != null) {
                dump.append("weight:     ").append(Printer.print(weight)).append('\n');
            }
            dump.append("reduction:  ").append(r.reduction()).append(" over ").append(r.over())
                    .append(r.k() > 0 ? ", k = " + r.k() : "").append(", sum ").append(scheme).append('\n');
            dump.append("lowered (").append(program.nodes().size()).append(" values):\n")
                    .append(program.listing()).append('\n');
        }
        return new KernelPlan(d.kernelName(), d.methodName(), functionName, precision, r.reduction(), r.outer(),
                r.k(), scheme, params(slots, indexColumn, r.type(precision)), formula, weight, program, outParams,
                d.fromBody(), d.sumsRows(), formulas.text(), false);
    }

    /** Every parameter in order, then the index column the facade makes, if any. */
    private static List<KernelPlan.Param> params(List<Slot> slots, Expr.Var indexColumn, ReductionType reduction) {
        List<KernelPlan.Param> params = new ArrayList<>();
        int outIndex = 0;
        for (Slot s : slots) {
            KernelPlan.Role role = KernelPlan.Role.VARIABLE;
            if (s.ranges) {
                role = KernelPlan.Role.RANGES;
            } else if (s.out) {
                boolean values = outIndex == 0 && reduction.hasValues();
                role = values ? KernelPlan.Role.OUT_VALUES : KernelPlan.Role.OUT_INDICES;
                outIndex++;
            }
            // A scalar @Vi/@Vj of a body method is a variable of dimension 1: an array of M or N values.
            boolean scalar = s.type.isScalar() && s.category == Category.P;
            params.add(new KernelPlan.Param(s.name, s.position, role, s.category, s.dim, scalar,
                    s.indices ? KernelPlan.Source.INDICES : KernelPlan.Source.ARGUMENT));
        }
        if (indexColumn != null) {
            params.add(new KernelPlan.Param(indexColumn.name(), indexColumn.param(), KernelPlan.Role.VARIABLE,
                    indexColumn.category(), 1, false, KernelPlan.Source.INDEX_COLUMN));
        }
        return params;
    }
}
