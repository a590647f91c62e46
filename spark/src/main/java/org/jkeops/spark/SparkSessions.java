package org.jkeops.spark;

import org.apache.spark.sql.SparkSession;

/**
 * SparkSessions configured for jkeops: the JVM flags Spark 4.2 needs on Java 25 and the SIMD
 * backend needs ({@link #JVM_FLAGS}) passed to the driver and executors, and, for a local master,
 * the driver bound to 127.0.0.1 with the UI off.
 */
public final class SparkSessions {
    /**
     * Spark's own test JVM arguments (spark-parent's {@code extraJavaTestArgs}) that Java 25
     * needs, plus {@code --add-modules jdk.incubator.vector} for the SIMD backend. The system
     * property {@code spark.jvmFlags} overrides it (the build passes the pom's list).
     */
    public static final String JVM_FLAGS = System.getProperty("spark.jvmFlags",
            "--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+IgnoreUnrecognizedVMOptions "
                    + "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED "
                    + "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED "
                    + "--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED "
                    + "--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED "
                    + "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED "
                    + "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED "
                    + "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED "
                    + "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true "
                    + "--sun-misc-unsafe-memory-access=allow");

    private SparkSessions() {
    }

    /**
     * A session on {@code master} (when null: spark-submit's {@code --master}, else
     * {@code local[*]}): executors get {@link #JVM_FLAGS};
     * a local master binds the driver to 127.0.0.1, turns the UI off and uses
     * {@code shufflePartitions} SQL shuffle partitions. As Spark's {@code getOrCreate}, an active
     * session is returned as it is where there is one: its master and other static settings stay
     * those it was created with.
     */
    public static SparkSession create(String appName, String master, int shufflePartitions) {
        // Under spark-submit the master is already in the system properties: keep it.
        String m = master != null ? master : System.getProperty("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName(appName).master(m)
                .config("spark.executor.extraJavaOptions", JVM_FLAGS)
                .config("spark.driver.extraJavaOptions", JVM_FLAGS);
        if (m.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions));
        }
        return b.getOrCreate();
    }
}
