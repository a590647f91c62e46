/**
 * CPU execution of generated SIMD kernels with the Java Vector API: the capability probe
 * ({@link org.jkeops.cpu.SimdSupport}, registered as the runtime's SIMD backend provider), the
 * vector helpers generated code calls ({@link org.jkeops.cpu.internal.VectorMath}) and data layout
 * ({@link org.jkeops.cpu.internal.Soa}). Needs {@code --add-modules jdk.incubator.vector}.
 */
package org.jkeops.cpu;
