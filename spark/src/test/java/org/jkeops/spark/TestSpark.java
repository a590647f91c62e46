package org.jkeops.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM, shared by every test class (a SparkContext takes
 * seconds to start). Master {@code local[2,3]}: two cores, and a failed task is retried up to
 * 3 times in all, which the fault tests need. Stopped by a shutdown hook.
 */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.create("jkeops-spark tests", "local[2,3]", 2);
            SparkSession s = session;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
        }
        return session;
    }
}
