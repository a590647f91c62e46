/**
 * Kernel matrices as linear operators, and the two solvers that need nothing but mat-vecs.
 *
 * <p>A jkeops kernel reduction {@code a_i = sum_j k(x_i, y_j) b_j} is the product of an M × N
 * matrix that is never stored with a vector. This package lets such a product stand for the matrix:
 * <ul>
 *   <li>{@link org.jkeops.linalg.LinearOperator}: an immutable shape plus mat-vec, built from a
 *       generated kernel method in one line ({@code LinearOperator.ofFloat(n, n, b -> gauss.conv(x, x, b, g))}),
 *       with lazy algebra ({@code plus}, {@code minus}, {@code times}, {@code scale}, {@code diag},
 *       {@code identity}, {@code transpose} where the structure knows it). The graph Laplacian of
 *       the spectral-coordinates tutorial is {@code diag(D).minus(K)}, its normalized form
 *       {@code identity(n).minus(d.times(K).times(d))} with {@code d = diag(1 / sqrt(D))}.</li>
 *   <li>{@link org.jkeops.linalg.Eigsh}: a few eigenpairs of a symmetric operator through ARPACK's
 *       implicitly restarted Lanczos ({@code dsaupd}/{@code dseupd}), scipy's {@code eigsh}; see its
 *       comment for the smallest eigenvalues of a Laplacian.</li>
 *   <li>Blocks: {@code applyBlock(in, out, k)} applies an operator to k vectors at once (row-major
 *       n × k) through the whole algebra; {@code LinearOperator.ofFloat(rows, cols, single, width, block)}
 *       pairs a single-vector kernel with one whose {@code @Vj(width)} weight is the block, so a block
 *       product is one kernel pass.</li>
 *   <li>{@link org.jkeops.linalg.Lobpcg}: the smallest or largest eigenpairs of a symmetric operator
 *       by LOBPCG, one block product per iteration (scipy's {@code lobpcg}); for the clustered low
 *       end of a Laplacian it needs far fewer kernel passes than Lanczos.</li>
 *   <li>{@link org.jkeops.linalg.KernelSolve}: conjugate gradient for {@code (alpha I + K) x = b},
 *       several right-hand sides each with its own convergence test, optional Jacobi
 *       preconditioning.</li>
 * </ul>
 *
 * <p>ARPACK comes from {@code dev.ludovic.netlib:arpack}, which loads a native ARPACK when the
 * system has one (e.g. Debian's {@code libarpack2}) and otherwise the pure-Java F2J translation; both keep a
 * run's state in process-wide variables, so eigensolver runs in one JVM are serialized. The
 * native library is tried only when a {@code libarpack.so.2} exists in the library path (else its
 * JNI shim would print {@code dlopen(libarpack.so.2) failed} on stderr); the choice is logged once
 * at INFO on the {@code org.jkeops} logger ({@code ARPACK: F2jARPACK (no libarpack.so.2 in ...)}).
 * {@code -Ddev.ludovic.netlib.arpack.allowNative=true|false} overrides the search.
 * Solvers work in float64; a float32 kernel is converted at each application (O(n), negligible next
 * to the O(n²) reduction).
 */
package org.jkeops.linalg;
