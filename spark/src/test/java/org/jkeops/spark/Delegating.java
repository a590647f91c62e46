package org.jkeops.spark;

import org.apache.spark.TaskContext;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;
import org.jkeops.runtime.KernelRuntime;

/**
 * A generated kernel method with a failure injected on the executor: in the first attempt of
 * one partition only ({@code firstAttemptOnly}), or in every attempt; or ({@link #unmergeable})
 * a descriptor that says its parts do not merge, which no generated one does.
 */
final class Delegating<R> extends KernelMethod<R> {
    private static final long serialVersionUID = 1L;
    private final KernelMethod<R> target;
    private final int partition;
    private final boolean firstAttemptOnly;

    Delegating(KernelMethod<R> target, int partition, boolean firstAttemptOnly) {
        this(target, partition, firstAttemptOnly, target.splittable());
    }

    private Delegating(KernelMethod<R> target, int partition, boolean firstAttemptOnly, boolean splittable) {
        super(target.name(), target.params(), target.reduction(), target.outer(), target.usesDouble(), target.outputWidth(),
                target.partWidth(), target.k(), target.hasValues(), target.hasIndices(), splittable, target.sumsRows(),
                target.outParams());
        this.target = target;
        this.partition = partition;
        this.firstAttemptOnly = firstAttemptOnly;
    }

    /** {@code target} as a descriptor whose parts do not merge ({@link KernelMethod#splittable()} false), failing nowhere. */
    static <R> Delegating<R> unmergeable(KernelMethod<R> target) {
        return new Delegating<>(target, -1, false, false);
    }

    @Override
    public KernelOutput call(KernelRuntime runtime, Object[] args) {
        failHere();
        return target.call(runtime, args);
    }

    @Override
    public KernelOutput callPart(KernelRuntime runtime, Object[] args) {
        failHere();
        return target.callPart(runtime, args);
    }

    private void failHere() {
        TaskContext task = TaskContext.get();
        if (task != null && task.partitionId() == partition && (!firstAttemptOnly || task.attemptNumber() == 0)) {
            throw new IllegalStateException(name() + ": injected failure in partition " + partition + ", attempt "
                    + task.attemptNumber());
        }
    }

    @Override
    public void mergeParts(Object valueParts, int[][] indexParts, Object out, int[] outIndex, int rows) {
        target.mergeParts(valueParts, indexParts, out, outIndex, rows);
    }

    @Override
    public R result(KernelOutput output) {
        return target.result(output);
    }
}
