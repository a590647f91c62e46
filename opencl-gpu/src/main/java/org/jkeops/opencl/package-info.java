/**
 * OpenCL execution of generated kernels through JOCL. Empty in this release: a request for
 * {@code Backend.OPENCL} falls back to the scalar path with a logged reason (an exception under
 * strict).
 */
package org.jkeops.opencl;
