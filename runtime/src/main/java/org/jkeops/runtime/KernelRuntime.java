package org.jkeops.runtime;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses where each kernel call runs and holds what the backends share (threads, devices).
 *
 * <p>Configuration comes from the {@link #builder() builder}, or for {@link #shared()} from the
 * system properties {@code jkeops.backend} ({@code auto|scalar|simd|opencl}), {@code
 * jkeops.strict}, {@code jkeops.threads} and {@code jkeops.simd.bits}. {@code AUTO} prefers OpenCL on a GPU device, else
 * SIMD, else scalar; each distinct choice (with why faster backends were skipped) is logged
 * once at {@code INFO}. When an explicitly
 * requested backend cannot run a kernel, the runtime falls back to the scalar path and logs the
 * reason once at {@code WARNING}; under {@code strict} it throws {@link
 * BackendUnavailableException} instead.
 */
public final class KernelRuntime implements AutoCloseable {
    static final Logger LOG = System.getLogger("org.jkeops");

    private static volatile KernelRuntime shared;

    private final Backend requested;
    private final int threads;
    private final boolean strict;
    private final Map<Backend, String> unavailable;
    private final Map<Backend, BackendProvider> providers;
    private final int vectorBits;
    private final boolean firstCallAlone;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private ForkJoinPool pool;
    private final Map<Backend, DeviceBackend> devices = new EnumMap<>(Backend.class);

    private KernelRuntime(Builder b) {
        this.requested = b.backend;
        this.threads = b.threads;
        this.strict = b.strict;
        this.vectorBits = b.vectorBits;
        this.firstCallAlone = b.firstCallAlone;
        this.providers = new EnumMap<>(Backend.class);
        this.unavailable = new ConcurrentHashMap<>();
        for (BackendProvider p : b.providers) {
            providers.putIfAbsent(p.backend(), p);
        }
    }

    /**
     * Why a backend cannot run here, probed on first need and remembered (null when it can).
     * Probing is lazy so that a runtime that never needs a backend never loads its native code:
     * some OpenCL drivers (PoCL's LLVM) replace the JVM's signal handlers when they load.
     */
    private String probe(Backend kind) {
        String cached = unavailable.get(kind);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        BackendProvider p = providers.get(kind);
        String reason;
        if (p == null) {
            reason = "no provider for " + kind + " on the class path";
        } else {
            try {
                reason = p.unavailableReason();
            } catch (RuntimeException | LinkageError e) {
                reason = kind + " provider failed its probe: " + e;
            }
        }
        unavailable.put(kind, reason == null ? "" : reason);
        return reason;
    }

    /**
     * The process-wide runtime configured from system properties, created on first use. It is
     * never closed by {@link #close()} on another runtime; closing it is allowed and a later call
     * creates a new one.
     */
    public static KernelRuntime shared() {
        KernelRuntime r = shared;
        if (r == null || r.closed) {
            synchronized (KernelRuntime.class) {
                r = shared;
                if (r == null || r.closed) {
                    r = builder().fromSystemProperties().build();
                    shared = r;
                }
            }
        }
        return r;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The backend asked for (possibly AUTO). */
    public Backend requestedBackend() {
        return requested;
    }

    /** Worker threads for parallel backends (at least 1). */
    public int threads() {
        return threads;
    }

    /**
     * The SIMD vector width in bits requested for this runtime: 128, 256 or 512, or 0 for the
     * platform's preferred width.
     */
    public int vectorBits() {
        return vectorBits;
    }

    /** Whether fallbacks throw instead of logging. */
    public boolean strict() {
        return strict;
    }

    /** Whether a task's first call in the JVM runs its first rows alone ({@link Builder#firstCallAlone}). */
    public boolean firstCallAlone() {
        return firstCallAlone;
    }

    /**
     * The backend a kernel call runs on. Called by generated code on every call; cheap.
     *
     * @throws BackendUnavailableException under strict when the requested backend cannot run it
     * @throws IllegalStateException after {@link #close()}
     */
    public Backend select(KernelInfo kernel) {
        if (closed) {
            throw new IllegalStateException("KernelRuntime is closed");
        }
        if (requested == Backend.AUTO) {
            return selectAuto(kernel);
        }
        String reason = whyNot(requested, kernel);
        if (reason == null) {
            return requested;
        }
        String message = kernel.name() + ": backend " + requested + " requested but unavailable: "
                + reason;
        if (strict) {
            throw new BackendUnavailableException(requested, message);
        }
        logOnce(Level.WARNING, message + "; falling back to SCALAR");
        return Backend.SCALAR;
    }

    private Backend selectAuto(KernelInfo kernel) {
        List<String> skipped = new ArrayList<>(2);
        Backend chosen = Backend.SCALAR;
        for (Backend b : List.of(Backend.OPENCL, Backend.SIMD)) {
            String reason = !kernel.generated().contains(b) ? null : autoSkip(b);
            if (reason == null) {
                reason = whyNot(b, kernel);
            }
            if (reason == null && b == Backend.OPENCL && !providers.get(b).isGpu()) {
                reason = "the OpenCL device is not a GPU";
            }
            if (reason == null) {
                chosen = b;
                break;
            }
            skipped.add(b + ": " + reason);
            BackendProvider p = providers.get(b);
            if (p != null && kernel.generated().contains(b) && p.unavailableByConfiguration()) {
                // The user can fix this one: say so loudly, once, whatever AUTO falls back to.
                logOnce(Level.WARNING, "the " + b + " backend cannot run: " + reason
                        + "; kernels run on a slower backend until this is fixed");
            }
        }
        // Without the kernel's name, so kernels with the same outcome share one line.
        logOnce(Level.INFO, "backend AUTO chose " + chosen
                + (skipped.isEmpty() ? "" : " (skipped " + String.join("; ", skipped) + ")"));
        return chosen;
    }

    /** A reason for AUTO to pass over a backend without loading anything, or null. */
    private String autoSkip(Backend b) {
        BackendProvider p = providers.get(b);
        try {
            return p == null ? null : p.skipInAuto();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Why backend b cannot run the kernel, or null if it can. */
    private String whyNot(Backend b, KernelInfo kernel) {
        if (b == Backend.SCALAR) {
            return null;
        }
        if (!kernel.generated().contains(b)) {
            return "no " + b + " code was generated for this kernel (this jkeops version generates "
                    + kernel.generated() + ")";
        }
        String reason = probe(b);
        if (reason == null && kernel.usesDouble() && !providers.get(b).supportsDouble()) {
            reason = "the " + b + " device does not support double precision (cl_khr_fp64), and this kernel "
                    + "computes in float64";
        }
        return reason;
    }

    /**
     * Runs {@code task} over {@code [0, count)} in chunks of at least {@code grain} rows on this
     * runtime's {@link #threads()} workers, returning when all are done. Runs in the calling
     * thread when one chunk is enough. Exceptions from a chunk are rethrown.
     *
     * <p>The first call of a task's class in this JVM (one class per call site of generated code)
     * may run its first rows in smaller pieces on the calling thread alone, while HotSpot compiles
     * the code, before the workers take the rest ({@link FirstCalls}; {@link
     * Builder#firstCallAlone}). A task must therefore not depend on how rows are split into chunks.
     */
    public void parallelFor(int count, int grain, RowTask task) {
        if (count <= 0) {
            return;
        }
        int g = Math.max(1, grain);
        if (threads == 1 || count <= g) {
            task.run(0, count);
            return;
        }
        int chunks = Math.min((count + g - 1) / g, threads * 4);
        int from = 0;
        if (firstCallAlone && chunks >= 2 * threads && FirstCalls.claim(task)) {
            from = FirstCalls.runAlone(task, count);
        }
        if (from == 0) {
            invoke(new Chunks(task, count, chunks, 0, chunks));
        } else if (from < count) {
            int offset = from;
            invoke(new Chunks((r0, r1) -> task.run(offset + r0, offset + r1), count - from, chunks, 0, chunks));
        }
    }

    /**
     * Runs the chunks on the pool. {@link #close()} may shut the pool down between {@link #pool()}
     * and the pool taking the task: the call then fails as any call after close does, not with
     * the pool's message-less RejectedExecutionException.
     */
    private void invoke(Chunks chunks) {
        ForkJoinPool p = pool();
        try {
            p.invoke(chunks);
        } catch (RejectedExecutionException e) {
            if (closed) {
                throw new IllegalStateException("KernelRuntime is closed", e);
            }
            throw e;
        }
    }

    /**
     * The device of a device backend (OpenCL), opened on first use and closed with this runtime.
     * Generated code calls it only after {@link #select} chose that backend.
     *
     * @throws IllegalStateException if no device provider for {@code backend} is usable
     */
    public synchronized DeviceBackend device(Backend backend) {
        if (closed) {
            throw new IllegalStateException("KernelRuntime is closed");
        }
        DeviceBackend d = devices.get(backend);
        if (d == null) {
            BackendProvider p = providers.get(backend);
            String reason = probe(backend);
            if (!(p instanceof DeviceBackendProvider dp) || reason != null) {
                throw new IllegalStateException(backend + " is not available: "
                        + (reason != null ? reason : "no device provider"));
            }
            d = dp.open();
            devices.put(backend, d);
            LOG.log(Level.INFO, backend + " device: " + d.describe());
        }
        return d;
    }

    private synchronized ForkJoinPool pool() {
        if (closed) {
            throw new IllegalStateException("KernelRuntime is closed");
        }
        if (pool == null) {
            // Numbered here: a new worker's getPoolIndex() is not assigned yet (it was 0 for every worker).
            AtomicInteger workers = new AtomicInteger();
            pool = new ForkJoinPool(threads, p -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                t.setName("jkeops-worker-" + workers.getAndIncrement());
                t.setDaemon(true);
                return t;
            }, null, false);
        }
        return pool;
    }

    /** Splits chunk indices [lo, hi) in halves; chunk c covers rows [c * count / chunks, ...). */
    private static final class Chunks extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient RowTask task;
        private final int count;
        private final int chunks;
        private final int lo;
        private final int hi;

        Chunks(RowTask task, int count, int chunks, int lo, int hi) {
            this.task = task;
            this.count = count;
            this.chunks = chunks;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo == 1) {
                int start = (int) ((long) lo * count / chunks);
                int end = (int) ((long) (lo + 1) * count / chunks);
                task.run(start, end);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Chunks(task, count, chunks, lo, mid), new Chunks(task, count, chunks, mid, hi));
        }
    }

    private void logOnce(Level level, String message) {
        if (logged.add(message)) {
            LOG.log(level, message);
        }
    }

    /** Releases backend resources. Later calls through this runtime fail. Idempotent. */
    @Override
    public void close() {
        ForkJoinPool p;
        List<DeviceBackend> open;
        synchronized (this) {
            closed = true;
            p = pool;
            pool = null;
            open = new ArrayList<>(devices.values());
            devices.clear();
        }
        if (p != null) {
            p.shutdown();
        }
        for (DeviceBackend d : open) {
            d.close();
        }
    }

    /**
     * The configuration and what the backends probed so far answered: {@code usable} lists those
     * that can run here (SCALAR always can), {@code unavailable} those that cannot, with why.
     * A backend with a provider that no call has needed yet is listed as not probed yet.
     */
    @Override
    public String toString() {
        List<Backend> usable = new ArrayList<>();
        Map<Backend, String> notHere = new EnumMap<>(Backend.class);
        Map<Backend, String> probed = new EnumMap<>(Backend.class);
        probed.putAll(unavailable);
        for (Map.Entry<Backend, String> e : probed.entrySet()) {
            if (e.getValue().isEmpty()) {
                usable.add(e.getKey());
            } else {
                notHere.put(e.getKey(), e.getValue());
            }
        }
        usable.add(Backend.SCALAR);
        List<Backend> notProbed = new ArrayList<>();
        for (Backend b : providers.keySet()) {
            if (!probed.containsKey(b)) {
                notProbed.add(b);
            }
        }
        return "KernelRuntime[backend=" + requested + ", threads=" + threads + ", strict=" + strict
                + (vectorBits == 0 ? "" : ", vectorBits=" + vectorBits)
                + ", usable=" + usable + (notHere.isEmpty() ? "" : ", unavailable=" + notHere)
                + (notProbed.isEmpty() ? "" : ", not probed yet=" + notProbed) + "]";
    }

    /**
     * The most worker threads a runtime takes: far above any useful count, and below the limits
     * of the fork-join pool (32,767) and of the work-splitting arithmetic.
     */
    public static final int MAX_THREADS = 4096;

    /** Configures a {@link KernelRuntime}; defaults are AUTO, all processors, not strict. */
    public static final class Builder {
        private Backend backend = Backend.AUTO;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean strict;
        private int vectorBits;
        private boolean firstCallAlone = true;
        private List<BackendProvider> providers;

        private Builder() {
        }

        public Builder backend(Backend backend) {
            this.backend = Objects.requireNonNull(backend, "backend");
            return this;
        }

        /** Worker threads, 1 to {@link #MAX_THREADS}. */
        public Builder threads(int threads) {
            if (threads < 1 || threads > MAX_THREADS) {
                throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
            }
            this.threads = threads;
            return this;
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Forces the SIMD vector width: 128, 256 or 512 bits, or 0 (the default) for the
         * platform's preferred width. Widths wider than the hardware's run correctly but slowly;
         * this exists so tests cover every width on one machine.
         */
        public Builder vectorBits(int bits) {
            if (bits != 0 && bits != 128 && bits != 256 && bits != 512) {
                throw new IllegalArgumentException("vectorBits must be 0 (preferred), 128, 256 or 512, got " + bits);
            }
            this.vectorBits = bits;
            return this;
        }

        /**
         * Whether the first call of each parallel task in this JVM runs its first rows alone on
         * the calling thread until HotSpot has compiled its code (default true; see {@link
         * FirstCalls}). Results are the same either way; false measures first calls as before.
         */
        public Builder firstCallAlone(boolean alone) {
            this.firstCallAlone = alone;
            return this;
        }

        /** Uses these providers instead of the ones {@link ServiceLoader} finds (for tests). */
        public Builder providers(List<BackendProvider> providers) {
            this.providers = List.copyOf(providers);
            return this;
        }

        /**
         * Reads {@code jkeops.backend}, {@code jkeops.strict}, {@code jkeops.threads}, {@code
         * jkeops.simd.bits} and {@code jkeops.firstCallAlone}.
         */
        public Builder fromSystemProperties() {
            String b = System.getProperty("jkeops.backend");
            if (b != null && !b.isBlank()) {
                backend(Backend.parse(b, "system property jkeops.backend"));
            }
            Boolean s = booleanProperty("jkeops.strict");
            if (s != null) {
                strict(s);
            }
            Boolean alone = booleanProperty("jkeops.firstCallAlone");
            if (alone != null) {
                firstCallAlone(alone);
            }
            String v = System.getProperty("jkeops.simd.bits");
            if (v != null && !v.isBlank()) {
                int parsed;
                try {
                    parsed = Integer.parseInt(v.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("system property jkeops.simd.bits: not an integer: '"
                            + v + "'", e);
                }
                try {
                    vectorBits(parsed);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("system property jkeops.simd.bits: " + e.getMessage(), e);
                }
            }
            String t = System.getProperty("jkeops.threads");
            if (t != null && !t.isBlank()) {
                int parsed;
                try {
                    parsed = Integer.parseInt(t.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("system property jkeops.threads: not an integer: '"
                            + t + "'", e);
                }
                try {
                    threads(parsed);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("system property jkeops.threads: " + e.getMessage(), e);
                }
            }
            return this;
        }

        /** A true/false system property, or null when not set; Boolean.parseBoolean would read "yes" as false in silence. */
        private static Boolean booleanProperty(String name) {
            String s = System.getProperty(name);
            if (s == null || s.isBlank()) {
                return null;
            }
            String v = s.trim();
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("system property " + name + ": expected true or false, got '" + s
                        + "'");
            }
            return Boolean.parseBoolean(v);
        }

        public KernelRuntime build() {
            if (providers == null) {
                List<BackendProvider> found = new ArrayList<>();
                for (BackendProvider p : ServiceLoader.load(BackendProvider.class,
                        KernelRuntime.class.getClassLoader())) {
                    found.add(p);
                }
                providers = found;
            }
            return new KernelRuntime(this);
        }
    }
}
