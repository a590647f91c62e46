package org.jkeops.opencl;

/**
 * The outcome of choosing a device: a device, or why there is none. Holds no JOCL type in a way
 * that loads JOCL, so the provider can build one from a {@link LinkageError}.
 *
 * @param device the chosen device, or null
 * @param reason why no device can be used, or null when {@code device} is set
 */
record DeviceChoice(ClDeviceRef device, String reason) {
    static DeviceChoice unavailable(String reason) {
        return new DeviceChoice(null, reason);
    }
}
