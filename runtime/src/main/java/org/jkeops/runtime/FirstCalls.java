package org.jkeops.runtime;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first call of a parallel task's class in this JVM: its first rows run in pieces on the
 * calling thread alone until they run fast, then {@link KernelRuntime#parallelFor} gives the rest
 * to all workers.
 *
 * <p>Why: a generated row kernel is Vector API code, which the interpreter and C1 run one to
 * several hundred times slower than C2 does with its intrinsics, and C2 compiles it on a compiler
 * thread only after thousands of row calls. On a machine with few cores, workers running that
 * slow code take the cores the compiler needs. The 12-column Gaussian of the spectral tutorial's
 * 3 x 10^4-point roll, first call in a fresh JVM on 2 cores: 1.31-2.68 s (median 1.67) on 2
 * workers, 0.94-1.50 s (median 1.21) with its first rows alone (6 runs each, alternating). The
 * rows are the same rows run by the same code, so no result changes; the pieces only change
 * how rows are grouped, which {@code parallelFor}'s tasks may not depend on.
 */
final class FirstCalls {
    /** Call sites seen, per JVM as the JIT is; a ClassValue lets a task's class be unloaded. */
    private static final ClassValue<AtomicBoolean> SEEN = new ClassValue<>() {
        @Override
        protected AtomicBoolean computeValue(Class<?> type) {
            return new AtomicBoolean();
        }
    };

    private FirstCalls() {
    }

    /** True exactly once per task class in this JVM: for the call that runs alone first. */
    static boolean claim(RowTask task) {
        return SEEN.get(task.getClass()).compareAndSet(false, true);
    }

    /** Runs the first rows of [0, count) on this thread in pieces until {@link Watch} stops; returns the rows run. */
    static int runAlone(RowTask task, int count) {
        Watch watch = new Watch(count);
        int done = 0;
        while (!watch.stopped()) {
            int end = done + watch.nextPiece();
            long start = System.nanoTime();
            task.run(done, end);
            watch.record(end - done, System.nanoTime() - start);
            done = end;
        }
        KernelRuntime.LOG.log(Level.DEBUG, () -> "first call of " + task.getClass().getName() + ": " + watch);
        return done;
    }

    /**
     * Decides from the pieces' timings alone (so tests can feed it numbers): pieces start at one
     * row and double while they take under {@link #GROW_BELOW_NANOS}; the slowest time per row
     * of pieces 2 to 4 (the first one pays class loading) is the reference. It stops when a piece
     * runs {@link #COMPILED_SPEEDUP} times faster per row than that (C2 has compiled the code: the
     * interpreter and C1 are 100-400 times slower on Vector API code; at 40 x, C1 code calling
     * C2-compiled Vector API methods could pass, and the workers then ran slow code for another
     * 0.5-1 s of the roll's first pass), when pieces 5 to 8 are not even twice as fast and every
     * piece was fast enough to double (the code was compiled already, by an earlier call site
     * sharing it; interpreted pieces take milliseconds, so a slow interpreted start is not taken
     * for compiled code), or after a quarter of the rows or {@link #MAX_ALONE_NANOS}.
     */
    static final class Watch {
        static final int COMPILED_SPEEDUP = 100;
        static final long GROW_BELOW_NANOS = 2_000_000L;
        static final long SHRINK_ABOVE_NANOS = 20_000_000L;
        static final long MAX_ALONE_NANOS = 2_000_000_000L;

        private final int limit;
        private final int maxPiece;
        private int piece = 1;
        private int pieces;
        private int done;
        private long elapsed;
        private double reference;
        private double fastestLate = Double.MAX_VALUE;
        private boolean slowPiece;
        private String outcome;

        Watch(int count) {
            this.limit = count / 4;
            this.maxPiece = Math.max(1, count / 64);
            if (limit == 0) {
                outcome = "too few rows";
            }
        }

        boolean stopped() {
            return outcome != null;
        }

        /** The rows of the next piece, at least 1 and never past the quarter of the rows. */
        int nextPiece() {
            return Math.min(piece, limit - done);
        }

        void record(int rows, long nanos) {
            pieces++;
            done += rows;
            elapsed += nanos;
            double perRow = (double) nanos / rows;
            boolean doubles = nanos < GROW_BELOW_NANOS; // the next piece is twice as large
            if (pieces >= 2 && pieces < 8 && !doubles) {
                slowPiece = true;
            }
            if (pieces >= 2 && pieces <= 4) {
                reference = Math.max(reference, perRow);
            } else if (pieces > 4) {
                fastestLate = Math.min(fastestLate, perRow);
            }
            if (pieces > 4 && perRow * COMPILED_SPEEDUP < reference) {
                outcome = "compiled";
            } else if (pieces == 8 && !slowPiece && fastestLate * 2 > reference) {
                outcome = "no speed-up (compiled before)";
            } else if (done >= limit) {
                outcome = "a quarter of the rows";
            } else if (elapsed >= MAX_ALONE_NANOS) {
                outcome = "time limit";
            }
            if (doubles) {
                piece = Math.min(piece * 2, maxPiece);
            } else if (nanos > SHRINK_ABOVE_NANOS && piece > 1) {
                piece /= 2;
            }
        }

        /** Why it stopped, or null while it runs. */
        String outcome() {
            return outcome;
        }

        int done() {
            return done;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d rows alone in %d pieces, %.3f s, stopped: %s", done, pieces,
                    elapsed * 1e-9, outcome);
        }
    }
}
