/**
 * OpenCL execution of generated kernels through JOCL, registered with the runtime as a
 * {@link org.jkeops.runtime.DeviceBackendProvider}.
 *
 * <p>{@link org.jkeops.opencl.OpenClBackendProvider} chooses a device (system property {@code
 * jkeops.opencl.device}: an index into the list of all devices of all platforms, or a substring of
 * {@code "platform name / device name"}; by default the first GPU, else the first device) and
 * opens an {@link org.jkeops.opencl.OpenClDevice}, which builds programs once per device (cached
 * in memory and, as program binaries, on disk under {@code jkeops.opencl.cacheDir}, default
 * {@code ~/.cache/jkeops/opencl}; {@code jkeops.opencl.binaryCache=auto|on|off}, where auto
 * leaves PoCL to its own kernel cache), copies arrays, launches and copies results back. Every OpenCL error becomes an {@link
 * org.jkeops.opencl.OpenClException} naming the call and the error code.
 */
package org.jkeops.opencl;
