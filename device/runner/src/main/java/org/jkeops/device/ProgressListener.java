package org.jkeops.device;

import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * One line per finished test class and per failed test, so a run that is cut off by its time
 * limit still shows how far it got in the log that comes back.
 */
final class ProgressListener implements TestExecutionListener {
    private TestPlan plan;
    private int passed;
    private int failed;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                passed++;
            } else {
                failed++;
                System.out.println("  FAILED " + path(id) + ": "
                        + result.getThrowable().map(Throwable::getMessage).orElse(result.getStatus().toString()));
            }
        } else if (id.getSource().map(s -> s instanceof org.junit.platform.engine.support.descriptor.ClassSource)
                .orElse(false)) {
            System.out.printf(Locale.ROOT, "  %s done: %d passed, %d failed so far%n", id.getDisplayName(), passed,
                    failed);
        }
    }

    private String path(TestIdentifier id) {
        StringBuilder b = new StringBuilder(id.getDisplayName());
        var parent = plan == null ? java.util.Optional.<TestIdentifier>empty() : plan.getParent(id);
        while (parent.isPresent() && parent.get().getParentId().isPresent()) {
            b.insert(0, parent.get().getDisplayName() + " > ");
            parent = plan.getParent(parent.get());
        }
        return b.toString();
    }
}
