package org.jkeops.device;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The differential suite of it-tests (its test jar: the tests, their float64 host references and
 * their generated kernels) run on one backend through the JUnit launcher, so the device checks are
 * the very checks CI runs on PoCL, not a copy. The backend comes from {@code -Djkeops.it.backends}
 * (run.sh passes {@code opencl}; with {@code JKEOPS_REQUIRE_OPENCL} set, a missing OpenCL device
 * fails the suite instead of skipping it).
 *
 * <p>Arguments: the simple names of the it-tests classes to run (default {@link #DEFAULT_CLASSES}).
 * Exit status 0 when every test passed and at least one ran, 1 otherwise; failures are printed
 * with their messages (which name the kernel, backend, precision, sizes and seed).
 */
public final class CorrectnessChecks {
    /**
     * Every reduction over j and over i, float32 and float64 (ReductionTest); the same block-sparse
     * with several layouts (BlockSparseTest); the split over j for few rows (SplitColumnsTest, and
     * OpenClSplitTest: every reduction split on OpenCL at 1, 2 and 7 rows); sums over 64 and 128
     * components, looped (LargeDimTest; its D = 784 case needs javac and skips in the bundle); a
     * sample of operations (ElementwiseTest, VectorOpsTest).
     */
    static final List<String> DEFAULT_CLASSES = List.of("ReductionTest", "BlockSparseTest", "SplitColumnsTest",
            "OpenClSplitTest", "LargeDimTest", "ElementwiseTest", "VectorOpsTest");

    private CorrectnessChecks() {
    }

    public static void main(String[] args) {
        List<String> names = args.length == 0 ? DEFAULT_CLASSES : List.of(args);
        List<Class<?>> classes = new ArrayList<>();
        for (String n : names) {
            String fqcn = n.contains(".") ? n : "org.jkeops.it." + n;
            try {
                classes.add(Class.forName(fqcn));
            } catch (ClassNotFoundException e) {
                System.err.println("correctness checks: test class " + fqcn + " is not on the class path "
                        + "(is the jkeops-it-tests test jar in the bundle's lib/?)");
                System.exit(1);
            }
        }
        System.out.println("correctness checks: " + names + " on backends '"
                + System.getProperty("jkeops.it.backends", "(all)") + "'");
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(c -> selectClass(c)).toList())
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        long t0 = System.nanoTime();
        launcher.execute(request, summary, new ProgressListener());
        TestExecutionSummary s = summary.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        if (s.getTotalFailureCount() > 0) {
            s.printFailuresTo(out, 25);
        }
        s.printTo(out);
        System.out.printf(Locale.ROOT, "correctness checks: %d passed, %d failed, %d skipped, %d aborted in %.1f s%n",
                s.getTestsSucceededCount(), s.getTotalFailureCount(), s.getTestsSkippedCount(),
                s.getTestsAbortedCount(), (System.nanoTime() - t0) * 1e-9);
        boolean ok = s.getTotalFailureCount() == 0 && s.getTestsSucceededCount() > 0;
        System.out.println(ok ? "CORRECTNESS: PASS" : "CORRECTNESS: FAIL");
        System.exit(ok ? 0 : 1);
    }
}
