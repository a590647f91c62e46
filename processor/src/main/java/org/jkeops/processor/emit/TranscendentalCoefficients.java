package org.jkeops.processor.emit;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The constants of {@link VectorTranscendentals}' polynomial approximations, with their sources:
 * ln 2 and pi to 90 digits, the Cephes and fdlibm coefficient tables, and the two polynomials
 * computed here (float32 exp by interpolation at Chebyshev nodes, float64 exp by Taylor's series).
 * Coefficients are listed from the highest degree, as Horner's rule reads them.
 */
final class TranscendentalCoefficients {
    static final MathContext MC = new MathContext(60);
    static final BigDecimal LN2 = new BigDecimal(
            "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863");
    static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803");
    static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2), MC);

    // float32 exp r = 1 + r q(r), q of degree 5 interpolating (e^r - 1) / r at the Chebyshev nodes
    // of [-0.347, 0.347] (|r| <= ln2/2 plus rounding): error ~1e-9 before rounding to float.
    static final double[] EXPM1_F = chebyshevFit(r -> StrictMath.expm1(r) / r, 0.347, 5);
    // Cephes logf: log(1+f) = f - f^2/2 + f^3 P(f), f in [sqrt(1/2)-1, sqrt(2)-1).
    static final double[] LOG_F = {
        7.0376836292E-2, -1.1514610310E-1, 1.1676998740E-1, -1.2420140846E-1, 1.4249322787E-1,
        -1.6668057665E-1, 2.0000714765E-1, -2.4999993993E-1, 3.3333331174E-1};
    // fdlibm log: R(z) = z (Lg1 + z (Lg2 + ... + z Lg7)), z = s^2, s = f / (2 + f).
    static final double[] LOG_D = {
        1.479819860511658591e-01, 1.531383769920937332e-01, 1.818357216161805012e-01, 2.222219843214978396e-01,
        2.857142874366239149e-01, 3.999999999940941908e-01, 6.666666666666735130e-01};
    // Cephes sinf / cosf on [-pi/4, pi/4], in z = r^2.
    static final double[] SIN_F = {-1.9515295891E-4, 8.3321608736E-3, -1.6666654611E-1};
    static final double[] COS_F = {2.443315711809948E-5, -1.388731625493765E-3, 4.166664568298827E-2};
    // Cephes sin / cos (double).
    static final double[] SIN_D = {
        1.58962301576546568060E-10, -2.50507477628578072866E-8, 2.75573136213857245213E-6,
        -1.98412698295895385996E-4, 8.33333333332211858878E-3, -1.66666666666666307295E-1};
    static final double[] COS_D = {
        -1.13585365213876817300E-11, 2.08757008419747316778E-9, -2.75573141792967388112E-7,
        2.48015872888517045348E-5, -1.38888888888730564116E-3, 4.16666666666665929218E-2};
    // Cephes atanf: atan t = t + t z P(z), |t| <= tan(pi/8).
    static final double[] ATAN_F = {8.05374449538e-2, -1.38776856032E-1, 1.99777106478E-1, -3.33329491539E-1};
    // Cephes atan (double): atan t = t + t z P(z) / Q(z), Q monic.
    static final double[] ATAN_P = {
        -8.750608600031904122785E-1, -1.615753718733365076637E1, -7.500855792314704667340E1,
        -1.228866684490136173410E2, -6.485021904942025371773E1};
    static final double[] ATAN_Q = {
        2.485846490142306297962E1, 1.650270098316988542046E2, 4.328810604912902668951E2,
        4.853903996359136964868E2, 1.945506571482613964425E2};
    // Cephes asinf: asin s = s + s z P(z), z = s^2, |s| <= 1/2.
    static final double[] ASIN_F = {
        4.2163199048E-2, 2.4181311049E-2, 4.5470025998E-2, 7.4953002686E-2, 1.6666752422E-1};
    // fdlibm asin: R(z) = z P(z) / Q(z).
    static final double[] ASIN_P = {
        3.47933107596021167570e-05, 7.91534994289814532176e-04, -4.00555345006794114027e-02,
        2.01212532134862925881e-01, -3.25565818622400915405e-01, 1.66666666666666657415e-01};
    static final double[] ASIN_Q = {
        7.70381505559019352791e-02, -6.88283971605453293030e-01, 2.02094576023350569471e+00,
        -2.40339491173441421878e+00, 1.0};
    // float64 exp r = 1 + r q(r), q the Taylor series of (e^r - 1) / r to r^12.
    static final double[] EXPM1_D = expm1Taylor();

    private TranscendentalCoefficients() {
    }

    /** (e^r - 1) / r = sum r^k / (k + 1)!, k = 12 down to 0: truncation below 2^-58 for |r| <= ln2 / 2. */
    private static double[] expm1Taylor() {
        double[] c = new double[13];
        double fact = 1;
        for (int k = 0; k <= 12; k++) {
            fact *= k + 1;
            c[12 - k] = 1 / fact;
        }
        return c;
    }

    /**
     * The polynomial of the given degree interpolating g at the Chebyshev nodes of [-a, a] (within
     * a small factor of the minimax polynomial), coefficients from the highest degree, computed
     * with StrictMath (reproducible) and rounded to float.
     */
    private static double[] chebyshevFit(java.util.function.DoubleUnaryOperator g, double a, int degree) {
        int n = degree + 1;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            double r = a * StrictMath.cos((2 * i + 1) * Math.PI / (2 * n));
            double pw = 1;
            for (int k = 0; k < n; k++) {
                m[i][k] = pw;
                pw *= r;
            }
            m[i][n] = g.applyAsDouble(r);
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(m[i][col]) > Math.abs(m[piv][col])) {
                    piv = i;
                }
            }
            double[] tmp = m[col];
            m[col] = m[piv];
            m[piv] = tmp;
            for (int i = 0; i < n; i++) {
                if (i != col) {
                    double factor = m[i][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[i][k] -= factor * m[col][k];
                    }
                }
            }
        }
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[degree - k] = (float) (m[k][n] / m[k][k]);
        }
        return c;
    }
}
