/** JMH benchmarks and the comparison runner. Empty in this release; the SIMD issue fills it. */
package org.jkeops.benchmarks;
