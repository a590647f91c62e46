package org.jkeops.it;

import org.jkeops.annotations.Formula;
import org.jkeops.annotations.Kernels;
import org.jkeops.annotations.Reduce;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.Vi;
import org.jkeops.annotations.Vj;

/**
 * Element-wise operations of FORMULAS.md (arithmetic, math, piecewise, comparisons), each
 * under a SUM over j, in float32 and float64 (overloads). x is an i-variable, y a j-variable.
 */
@Kernels
public interface ElementwiseKernels {
    @Formula("x + y")
    @Reduce(Reduction.SUM)
    float[] add(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x + y")
    @Reduce(Reduction.SUM)
    double[] add(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Add(x, y)")
    @Reduce(Reduction.SUM)
    float[] addFn(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Add(x, y)")
    @Reduce(Reduction.SUM)
    double[] addFn(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x - y")
    @Reduce(Reduction.SUM)
    float[] sub(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x - y")
    @Reduce(Reduction.SUM)
    double[] sub(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Subtract(x, y)")
    @Reduce(Reduction.SUM)
    float[] subtractFn(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Subtract(x, y)")
    @Reduce(Reduction.SUM)
    double[] subtractFn(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x * y")
    @Reduce(Reduction.SUM)
    float[] mul(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x * y")
    @Reduce(Reduction.SUM)
    double[] mul(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Mult(x, y)")
    @Reduce(Reduction.SUM)
    float[] multFn(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Mult(x, y)")
    @Reduce(Reduction.SUM)
    double[] multFn(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x / y")
    @Reduce(Reduction.SUM)
    float[] div(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x / y")
    @Reduce(Reduction.SUM)
    double[] div(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Divide(x, y)")
    @Reduce(Reduction.SUM)
    float[] divideFn(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Divide(x, y)")
    @Reduce(Reduction.SUM)
    double[] divideFn(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("-x + y")
    @Reduce(Reduction.SUM)
    float[] neg(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("-x + y")
    @Reduce(Reduction.SUM)
    double[] neg(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Minus(x) * y")
    @Reduce(Reduction.SUM)
    float[] minusFn(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Minus(x) * y")
    @Reduce(Reduction.SUM)
    double[] minusFn(@Vi(3) double[] x, @Vj(3) double[] y);

    /** a dimension-1 operand broadcast against dimension 3 */
    @Formula("x * y + x")
    @Reduce(Reduction.SUM)
    float[] broadcast(@Vi(1) float[] x, @Vj(3) float[] y);

    @Formula("x * y + x")
    @Reduce(Reduction.SUM)
    double[] broadcast(@Vi(1) double[] x, @Vj(3) double[] y);

    /** * and / bind tighter than + and - */
    @Formula("x + y * x - y / 2")
    @Reduce(Reduction.SUM)
    float[] precedence(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x + y * x - y / 2")
    @Reduce(Reduction.SUM)
    double[] precedence(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("(x | y)")
    @Reduce(Reduction.SUM)
    float[] scalarProduct(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("(x | y)")
    @Reduce(Reduction.SUM)
    double[] scalarProduct(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("(x - y) ** 3")
    @Reduce(Reduction.SUM)
    float[] powOp3(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("(x - y) ** 3")
    @Reduce(Reduction.SUM)
    double[] powOp3(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("(x - y) ** 2")
    @Reduce(Reduction.SUM)
    float[] powOp2(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("(x - y) ** 2")
    @Reduce(Reduction.SUM)
    double[] powOp2(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x ** -2")
    @Reduce(Reduction.SUM)
    float[] powOpNeg(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x ** -2")
    @Reduce(Reduction.SUM)
    double[] powOpNeg(@Vi(3) double[] x, @Vj(3) double[] y);

    /** a non-integer exponent is Powf */
    @Formula("x ** y")
    @Reduce(Reduction.SUM)
    float[] powOpReal(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x ** y")
    @Reduce(Reduction.SUM)
    double[] powOpReal(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x ** 0.5")
    @Reduce(Reduction.SUM)
    float[] powOpHalf(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x ** 0.5")
    @Reduce(Reduction.SUM)
    double[] powOpHalf(@Vi(3) double[] x, @Vj(3) double[] y);

    /** -x ** 2 is -(x ** 2) */
    @Formula("-x ** 2 + y")
    @Reduce(Reduction.SUM)
    float[] negPow(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("-x ** 2 + y")
    @Reduce(Reduction.SUM)
    double[] negPow(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x == y")
    @Reduce(Reduction.SUM)
    float[] eq(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x == y")
    @Reduce(Reduction.SUM)
    double[] eq(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x != y")
    @Reduce(Reduction.SUM)
    float[] ne(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x != y")
    @Reduce(Reduction.SUM)
    double[] ne(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x < y")
    @Reduce(Reduction.SUM)
    float[] lt(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x < y")
    @Reduce(Reduction.SUM)
    double[] lt(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x <= y")
    @Reduce(Reduction.SUM)
    float[] le(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x <= y")
    @Reduce(Reduction.SUM)
    double[] le(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x > y")
    @Reduce(Reduction.SUM)
    float[] gt(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x > y")
    @Reduce(Reduction.SUM)
    double[] gt(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x >= y")
    @Reduce(Reduction.SUM)
    float[] ge(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x >= y")
    @Reduce(Reduction.SUM)
    double[] ge(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Inv(x + y)")
    @Reduce(Reduction.SUM)
    float[] inv(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Inv(x + y)")
    @Reduce(Reduction.SUM)
    double[] inv(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Square(x - y)")
    @Reduce(Reduction.SUM)
    float[] square(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Square(x - y)")
    @Reduce(Reduction.SUM)
    double[] square(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Pow(x - y, 3)")
    @Reduce(Reduction.SUM)
    float[] pow3(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Pow(x - y, 3)")
    @Reduce(Reduction.SUM)
    double[] pow3(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Pow(x, -3)")
    @Reduce(Reduction.SUM)
    float[] powNeg3(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Pow(x, -3)")
    @Reduce(Reduction.SUM)
    double[] powNeg3(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Powf(x, y)")
    @Reduce(Reduction.SUM)
    float[] powf(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Powf(x, y)")
    @Reduce(Reduction.SUM)
    double[] powf(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Sqrt(x + y)")
    @Reduce(Reduction.SUM)
    float[] sqrt(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Sqrt(x + y)")
    @Reduce(Reduction.SUM)
    double[] sqrt(@Vi(3) double[] x, @Vj(3) double[] y);

    /** Rsqrt(0) = 0 */
    @Formula("Rsqrt(Abs(x - y))")
    @Reduce(Reduction.SUM)
    float[] rsqrt(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Rsqrt(Abs(x - y))")
    @Reduce(Reduction.SUM)
    double[] rsqrt(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x * IntInv(3) + y")
    @Reduce(Reduction.SUM)
    float[] intInv(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x * IntInv(3) + y")
    @Reduce(Reduction.SUM)
    double[] intInv(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("x * IntCst(3) - y * IntCst(-2)")
    @Reduce(Reduction.SUM)
    float[] intCst(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("x * IntCst(3) - y * IntCst(-2)")
    @Reduce(Reduction.SUM)
    double[] intCst(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Concat(Zero(2), x - y)")
    @Reduce(Reduction.SUM)
    float[] zero(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Concat(Zero(2), x - y)")
    @Reduce(Reduction.SUM)
    double[] zero(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Exp(x - y)")
    @Reduce(Reduction.SUM)
    float[] exp(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Exp(x - y)")
    @Reduce(Reduction.SUM)
    double[] exp(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Log(x + y)")
    @Reduce(Reduction.SUM)
    float[] log(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Log(x + y)")
    @Reduce(Reduction.SUM)
    double[] log(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Sin(x * y)")
    @Reduce(Reduction.SUM)
    float[] sin(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Sin(x * y)")
    @Reduce(Reduction.SUM)
    double[] sin(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Cos(x - y)")
    @Reduce(Reduction.SUM)
    float[] cos(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Cos(x - y)")
    @Reduce(Reduction.SUM)
    double[] cos(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Asin(x * y)")
    @Reduce(Reduction.SUM)
    float[] asin(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Asin(x * y)")
    @Reduce(Reduction.SUM)
    double[] asin(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Acos(x * y)")
    @Reduce(Reduction.SUM)
    float[] acos(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Acos(x * y)")
    @Reduce(Reduction.SUM)
    double[] acos(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Atan(x - y)")
    @Reduce(Reduction.SUM)
    float[] atan(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Atan(x - y)")
    @Reduce(Reduction.SUM)
    double[] atan(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Abs(x - y)")
    @Reduce(Reduction.SUM)
    float[] abs(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Abs(x - y)")
    @Reduce(Reduction.SUM)
    double[] abs(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Floor(x - y)")
    @Reduce(Reduction.SUM)
    float[] floor(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Floor(x - y)")
    @Reduce(Reduction.SUM)
    double[] floor(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Atan2(x, y)")
    @Reduce(Reduction.SUM)
    float[] atan2(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Atan2(x, y)")
    @Reduce(Reduction.SUM)
    double[] atan2(@Vi(3) double[] x, @Vj(3) double[] y);

    /** XLogX(0) = 0 */
    @Formula("XLogX(Abs(x - y))")
    @Reduce(Reduction.SUM)
    float[] xlogx(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("XLogX(Abs(x - y))")
    @Reduce(Reduction.SUM)
    double[] xlogx(@Vi(3) double[] x, @Vj(3) double[] y);

    /** SinXDivX(0) = 1 */
    @Formula("SinXDivX(x - y)")
    @Reduce(Reduction.SUM)
    float[] sinxdivx(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("SinXDivX(x - y)")
    @Reduce(Reduction.SUM)
    double[] sinxdivx(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Round(x - y, 1)")
    @Reduce(Reduction.SUM)
    float[] round1(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Round(x - y, 1)")
    @Reduce(Reduction.SUM)
    double[] round1(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Round(x - y, 2)")
    @Reduce(Reduction.SUM)
    float[] round2(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Round(x - y, 2)")
    @Reduce(Reduction.SUM)
    double[] round2(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Mod(x - y, 2, 0.5)")
    @Reduce(Reduction.SUM)
    float[] mod(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Mod(x - y, 2, 0.5)")
    @Reduce(Reduction.SUM)
    double[] mod(@Vi(3) double[] x, @Vj(3) double[] y);

    /** Mod with a variable modulus */
    @Formula("Mod(x, y, 0.25)")
    @Reduce(Reduction.SUM)
    float[] modVar(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Mod(x, y, 0.25)")
    @Reduce(Reduction.SUM)
    double[] modVar(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Step(x - y)")
    @Reduce(Reduction.SUM)
    float[] step(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Step(x - y)")
    @Reduce(Reduction.SUM)
    double[] step(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Sign(x - y)")
    @Reduce(Reduction.SUM)
    float[] sign(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Sign(x - y)")
    @Reduce(Reduction.SUM)
    double[] sign(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("ReLU(x - y)")
    @Reduce(Reduction.SUM)
    float[] relu(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("ReLU(x - y)")
    @Reduce(Reduction.SUM)
    double[] relu(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("Clamp(x, y - 1, y + 1)")
    @Reduce(Reduction.SUM)
    float[] clamp(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("Clamp(x, y - 1, y + 1)")
    @Reduce(Reduction.SUM)
    double[] clamp(@Vi(3) double[] x, @Vj(3) double[] y);

    @Formula("ClampInt(x - y, -1, 2)")
    @Reduce(Reduction.SUM)
    float[] clampInt(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("ClampInt(x - y, -1, 2)")
    @Reduce(Reduction.SUM)
    double[] clampInt(@Vi(3) double[] x, @Vj(3) double[] y);

    /** a where c >= 0, else b */
    @Formula("IfElse(x - y, x * y, x + y)")
    @Reduce(Reduction.SUM)
    float[] ifElse(@Vi(3) float[] x, @Vj(3) float[] y);

    @Formula("IfElse(x - y, x * y, x + y)")
    @Reduce(Reduction.SUM)
    double[] ifElse(@Vi(3) double[] x, @Vj(3) double[] y);
}

