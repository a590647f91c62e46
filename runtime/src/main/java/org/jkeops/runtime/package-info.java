/**
 * What generated kernels call at run time: {@link org.jkeops.runtime.KernelRuntime} (backend
 * choice, threads, strictness), {@link org.jkeops.runtime.internal.Args} (input validation),
 * {@link org.jkeops.runtime.Ranges} with its sweep plan {@link org.jkeops.runtime.internal.RangeBlocks}
 * (block-sparse reductions) and the backend SPI.
 */
package org.jkeops.runtime;
