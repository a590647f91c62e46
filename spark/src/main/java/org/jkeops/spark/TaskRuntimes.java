package org.jkeops.spark;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.TaskContext;
import org.jkeops.runtime.KernelRuntime;

/**
 * The executor-local {@link KernelRuntime} a task runs its kernel on: configured from the
 * executor's system properties ({@code jkeops.backend}, ...), with as many threads as the task
 * has cores ({@code spark.task.cpus}), so that concurrent tasks do not oversubscribe the
 * executor. One per thread count per JVM, kept for the executor's life (its workers are daemons).
 */
final class TaskRuntimes {
    private static final ConcurrentHashMap<Integer, KernelRuntime> BY_THREADS = new ConcurrentHashMap<>();

    private TaskRuntimes() {
    }

    static KernelRuntime forCurrentTask() {
        TaskContext task = TaskContext.get();
        int cores = task == null ? 1 : Math.max(1, task.cpus());
        return BY_THREADS.computeIfAbsent(cores, t -> KernelRuntime.builder().fromSystemProperties().threads(t).build());
    }
}
