package org.jkeops.opencl;

import org.jocl.CL;

/**
 * A failed OpenCL call, or a launch this device cannot run. The message names the call, the
 * error code's name and what was being done (program key, kernel name).
 */
public final class OpenClException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code CL_SUCCESS}: used when the failure is not an OpenCL error code. */
    private static final int NO_CODE = 0;

    private final String call;
    private final int errorCode;

    /** A failed call: {@code "<call> failed with <CODE_NAME> (<code>): <context>"}. */
    OpenClException(String call, int errorCode, String context) {
        super(call + " failed with " + CL.stringFor_errorCode(errorCode) + " (" + errorCode + ")"
                + (context == null || context.isEmpty() ? "" : ": " + context));
        this.call = call;
        this.errorCode = errorCode;
    }

    /** A failure that is not an error code (for instance a device that lacks fp64). */
    OpenClException(String message) {
        super(message);
        this.call = null;
        this.errorCode = NO_CODE;
    }

    /** The OpenCL function that failed, or null when the failure is not an OpenCL call's. */
    public String call() {
        return call;
    }

    /** The OpenCL error code ({@code CL_...}, negative), or 0 when there is none. */
    public int errorCode() {
        return errorCode;
    }
}
