package org.jkeops.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.jkeops.runtime.KernelMethod;
import org.jkeops.runtime.KernelOutput;

/**
 * {@link Scheme#ROWS}: the output axis cut into {@code partitions} contiguous blocks (some empty
 * when there are more blocks than rows), one task each; the reduced axis and the parameters
 * broadcast once per executor. Each row is reduced whole by one kernel call, as in one JVM.
 */
final class RowsScheme {
    private RowsScheme() {
    }

    /** Rejects a reduced axis above the broadcast limit, naming its largest array. */
    static void checkBroadcast(KernelCall call, long maxBroadcastBytes) {
        long bytes = call.innerBytes();
        if (bytes > maxBroadcastBytes) {
            KernelMethod<?> m = call.method();
            throw new IllegalArgumentException(m.name() + ": " + call.largestInner() + ": the arrays along "
                    + (m.inner() == org.jkeops.runtime.KernelParam.Axis.J ? "N" : "M") + " take " + bytes
                    + " bytes, above the ROWS scheme's broadcast limit of " + maxBroadcastBytes
                    + " bytes (SparkKernels.maxBroadcastBytes); use Scheme.TILES, which broadcasts nothing but parameters");
        }
    }

    static KernelOutput run(JavaSparkContext jsc, KernelCall call, int partitions) {
        KernelMethod<?> method = call.method();
        List<KernelTask> blocks = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            int r0 = (int) ((long) p * call.outer() / partitions);
            int r1 = (int) ((long) (p + 1) * call.outer() / partitions);
            blocks.add(KernelTask.of(method, call.args(), method.outer(), p, r0, r1));
        }
        Broadcast<Object[]> shared = jsc.broadcast(KernelTask.without(method, call.args(), method.outer()));
        try {
            List<KernelOutput> outputs = jsc.parallelize(blocks, partitions)
                    .map(block -> KernelTask.run(method, shared.value(), block, null))
                    .collect();
            return PartialResults.rowBlocks(method, outputs);
        } finally {
            shared.destroy();
        }
    }
}
