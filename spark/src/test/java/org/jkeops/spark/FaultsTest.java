package org.jkeops.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jkeops.runtime.FloatArgResult;
import org.jkeops.runtime.KernelRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Task failures on {@code local[2,3]} (3 attempts per task): one failure is retried and changes
 * no bit; a kernel that always fails fails the call with its message and returns nothing (a
 * Dataset call: the action on its result).
 */
class FaultsTest {
    private static SparkKernels kernels;

    @BeforeAll
    static void start() {
        kernels = SparkKernels.on(TestSpark.session()).partitions(4);
    }

    @Test
    void aTaskFailingOnceIsRetriedAndTheResultIsBitIdentical() {
        Object[] args = TestData.args(SparkReductionsMethods.K_MIN_ARG_KMIN_JF, 211, 173, 11);
        Object[] sumArgs = TestData.args(SparkReductionsMethods.SUM_JF, 211, 173, 12);
        for (Scheme s : Scheme.values()) {
            SparkKernels sk = kernels.scheme(s).tiles(60, 50);
            FloatArgResult clean = sk.call(SparkReductionsMethods.K_MIN_ARG_KMIN_JF, TestData.copy(args));
            FloatArgResult retried = sk.call(new Delegating<>(SparkReductionsMethods.K_MIN_ARG_KMIN_JF, 1, true),
                    TestData.copy(args));
            assertArrayEquals(clean.values(), retried.values(), s + " values");
            assertArrayEquals(clean.indices(), retried.indices(), s + " indices");
            float[] sumClean = sk.call(SparkReductionsMethods.SUM_JF, TestData.copy(sumArgs));
            float[] sumRetried = sk.call(new Delegating<>(SparkReductionsMethods.SUM_JF, 2, true), TestData.copy(sumArgs));
            assertArrayEquals(sumClean, sumRetried, s + " sums"); // bit for bit: merge order is block order
        }
        try (KernelRuntime one = KernelRuntime.builder().fromSystemProperties().threads(1).build()) {
            FloatArgResult single = new SparkReductionsImpl(one).kMinArgKMinJF((float[]) args[0], (float[]) args[1],
                    (float[]) args[2]);
            FloatArgResult retried = kernels.call(new Delegating<>(SparkReductionsMethods.K_MIN_ARG_KMIN_JF, 0, true),
                    TestData.copy(args));
            assertArrayEquals(single.values(), retried.values());
            assertArrayEquals(single.indices(), retried.indices());
        }
    }

    @Test
    void aKernelFailingOnAnExecutorFailsTheCallWithTheKernelsMessage() {
        Object[] args = TestData.args(SpecialKernelsMethods.MIN_OUT, 50, 30, 13);
        for (Scheme s : Scheme.values()) {
            KernelJobException e = assertThrows(KernelJobException.class, () -> kernels.scheme(s).tiles(20, 20)
                    .call(new Delegating<>(SpecialKernelsMethods.MIN_OUT, 1, false), args));
            assertTrue(e.getMessage().startsWith("SpecialKernels.minOut: failed on an executor: "), e.getMessage());
            assertTrue(e.getMessage().contains("java.lang.IllegalStateException: SpecialKernels.minOut: injected failure "
                    + "in partition 1, attempt 2"), e.getMessage());
            // nothing partial: the @Out arrays are untouched
            assertArrayEquals(new float[50 * 2], (float[]) args[3]);
            assertArrayEquals(new int[50 * 2], (int[]) args[4]);
        }
    }

    /**
     * The documented behaviour of a Dataset call whose kernel fails: run() returns (the Dataset is
     * lazy, its checks passed), and the action that evaluates it throws Spark's own SparkException,
     * not KernelJobException (run() cannot wrap an action it does not run), with the kernel's
     * exception in its message.
     */
    @Test
    void aDatasetKernelFailingOnAnExecutorFailsTheActionWithSparksExceptionAndTheKernelsMessage() {
        Object[] args = TestData.args(SpecialKernelsMethods.GAUSS, 40, 30, 14);
        Dataset<Row> pts = TestData.namedRows(TestSpark.session(), "p", "x", args[0], 40, 3, 4);
        for (Scheme s : Scheme.values()) {
            Dataset<Row> out = kernels.scheme(s).tiles(20, 20).onRows(new Delegating<>(SpecialKernelsMethods.GAUSS, 1, false),
                    pts, "name").arg("y", args[1]).arg("b", args[2]).arg("g", 0.5f).run();
            SparkException e = assertThrows(SparkException.class, out::collectAsList, s.toString());
            assertTrue(e.getMessage().contains("java.lang.IllegalStateException: SpecialKernels.gauss: injected failure "
                    + "in partition 1, attempt 2"), e.getMessage());
        }
    }
}
