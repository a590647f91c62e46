/**
 * CPU execution of generated kernels with the Java Vector API. Empty in this release: generated
 * kernels run on the scalar path, and a request for {@code Backend.SIMD} falls back to it with a
 * logged reason (an exception under strict).
 */
package org.jkeops.cpu;
