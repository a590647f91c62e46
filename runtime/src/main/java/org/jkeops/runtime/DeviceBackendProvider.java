package org.jkeops.runtime;

/** A {@link BackendProvider} whose backend runs on a device through {@link DeviceBackend}. */
public interface DeviceBackendProvider extends BackendProvider {
    /**
     * Opens the device for one runtime. Called at most once per runtime, after
     * {@link #unavailableReason()} returned null; the runtime closes it.
     */
    DeviceBackend open();
}
