package org.jkeops.runtime.internal;

import org.jkeops.annotations.Formulas;

/**
 * The operations generated scalar code calls by name (the JIT inlines them). Each one is
 * {@link Formulas}' method of the same meaning, the one Java implementation that the processor's
 * constant folding and body-formula references use too: KeOps' safe conventions
 * ({@code Rsqrt(0) = 0}, {@code XLogX(0) = 0}, {@code SinXDivX(0) = 1}) and the special values
 * of docs/FORMULAS.md are defined there, not here.
 */
public final class ScalarMath {
    private ScalarMath() {
    }

    public static double rsqrt(double x) {
        return Formulas.rsqrt(x);
    }

    public static float rsqrt(float x) {
        return Formulas.rsqrt(x);
    }

    public static double xlogx(double x) {
        return Formulas.xlogx(x);
    }

    public static float xlogx(float x) {
        return Formulas.xlogx(x);
    }

    public static double sinxdivx(double x) {
        return Formulas.sinxdivx(x);
    }

    public static float sinxdivx(float x) {
        return Formulas.sinxdivx(x);
    }

    public static double step(double x) {
        return Formulas.step(x);
    }

    public static float step(float x) {
        return Formulas.step(x);
    }

    public static double sign(double x) {
        return Formulas.sign(x);
    }

    public static float sign(float x) {
        return Formulas.sign(x);
    }

    public static double relu(double x) {
        return Formulas.relu(x);
    }

    public static float relu(float x) {
        return Formulas.relu(x);
    }

    public static double clamp(double x, double low, double high) {
        return Formulas.clamp(x, low, high);
    }

    public static float clamp(float x, float low, float high) {
        return Formulas.clamp(x, low, high);
    }

    /** x to an integer power. */
    public static double powi(double x, int n) {
        return Formulas.pow(x, n);
    }

    public static float powi(float x, int n) {
        return Formulas.pow(x, n);
    }

    /** x rounded to {@code digits} decimals, halves away from zero: {@link Formulas#round(double, int)}. */
    public static double round(double x, int digits) {
        return Formulas.round(x, digits);
    }

    public static float round(float x, int digits) {
        return Formulas.round(x, digits);
    }
}
