package ${package};

import java.util.Random;
import org.jkeops.runtime.KernelRuntime;

/**
 * Runs both kernels on random points and prints what ran where: {@code mvn compile exec:exec}
 * (not a bare {@code exec:exec}: the JDK >= 21 is selected in a build phase, which a bare goal
 * does not run). JVM options go in {@code -Djkeops.execJvmArgs}, e.g.
 * {@code mvn compile exec:exec -Djkeops.execJvmArgs=-Djkeops.backend=scalar}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int m = 20_000;
        int n = 20_000;
        Random random = new Random(1);
        float[] x = random(random, m * 3);
        float[] y = random(random, n * 3);
        float[] b = random(random, n);
        Gauss kernels = new GaussImpl();
        for (int call = 1; call <= 3; call++) {  // the first call includes the JIT's warm-up
            long t0 = System.nanoTime();
            float[] a = kernels.conv(x, y, b, 0.5f);
            long t1 = System.nanoTime();
            int[] nn = kernels.knn(x, y);
            long t2 = System.nanoTime();
            System.out.printf("call %d: conv %.3f s (a[0] = %.5f), knn %.3f s (nearest of x_0: y_%d)%n",
                    call, (t1 - t0) * 1e-9, a[0], (t2 - t1) * 1e-9, nn[0]);
        }
        System.out.println(KernelRuntime.shared());
    }

    private static float[] random(Random random, int length) {
        float[] v = new float[length];
        for (int i = 0; i < length; i++) {
            v[i] = random.nextFloat();
        }
        return v;
    }
}
