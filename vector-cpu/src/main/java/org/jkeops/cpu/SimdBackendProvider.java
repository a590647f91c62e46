package org.jkeops.cpu;

import org.jkeops.runtime.Backend;
import org.jkeops.runtime.BackendProvider;

/** Registers the SIMD backend with the runtime when this module is on the class path. */
public final class SimdBackendProvider implements BackendProvider {
    @Override
    public Backend backend() {
        return Backend.SIMD;
    }

    @Override
    public String unavailableReason() {
        try {
            return SimdSupport.unavailableReason();
        } catch (LinkageError e) {
            return "the Vector API is not available: " + e;
        }
    }

    @Override
    public boolean unavailableByConfiguration() {
        try {
            return SimdSupport.unavailableByConfiguration();
        } catch (LinkageError e) {
            return false;
        }
    }
}
