package org.jkeops.it.fuzz;

/**
 * One formula value in the float64 reference: its components, a bound on the absolute error a
 * correct kernel may have on each (rounding in the kernel's precision, a few ulps per
 * transcendental, propagated through the formula), and whether the value is fragile: an input
 * within that error of a discontinuity (Step, Floor, Round, a pole, an overflow threshold), where
 * a correct kernel may land on either side, so the value is not compared.
 */
record Val(double[] v, double[] e, boolean fragile) {
    int dim() {
        return v.length;
    }

    static Val exact(double... v) {
        return new Val(v, new double[v.length], false);
    }
}
