package org.jkeops.spark;

/**
 * A kernel call that failed on an executor (after Spark's retries): the message names the kernel
 * method and carries the kernel's own message; the cause is Spark's exception. Nothing partial is
 * returned. Thrown by {@link SparkKernels#call}, which runs its jobs itself; the Dataset of
 * {@link DatasetCall#run} is lazy, so a kernel failing in the action that evaluates it fails that
 * action with Spark's {@code SparkException}, whose message carries the kernel's exception.
 */
public final class KernelJobException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KernelJobException(String kernel, Throwable sparkFailure) {
        super(kernel + ": failed on an executor: " + taskMessage(sparkFailure), sparkFailure);
    }

    /**
     * The failing task's exception as Spark reports it: its cause when Spark kept it, else the
     * part of the job's message after "(TID n) (host executor id): ", first line only.
     */
    static String taskMessage(Throwable failure) {
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (!(t instanceof org.apache.spark.SparkException)) {
                return t.toString();
            }
        }
        String m = String.valueOf(failure.getMessage());
        int lost = m.indexOf("Lost task");
        int at = lost < 0 ? -1 : m.indexOf("): ", m.indexOf(") (", lost) + 1);
        String tail = at < 0 ? m : m.substring(at + 3);
        int eol = tail.indexOf('\n');
        return eol < 0 ? tail : tail.substring(0, eol);
    }
}
