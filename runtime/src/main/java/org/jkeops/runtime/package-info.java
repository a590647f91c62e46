/**
 * What generated kernels call at run time: {@link org.jkeops.runtime.KernelRuntime} (backend
 * choice, threads, strictness), {@link org.jkeops.runtime.Args} (input validation) and the
 * backend SPI.
 */
package org.jkeops.runtime;
