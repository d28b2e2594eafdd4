package vn.dvk.reporting.rebuild.domain;

import java.util.Optional;

/** Where the state of the last rebuild is kept, so that a service started again finds an unfinished one. */
public interface RebuildStates {

    Optional<RebuildState> last();

    void save(RebuildState state);

    /**
     * Saves {@code started} unless the saved state is a rebuild still running, which any replica of the instance may
     * run; answers whether it saved it.
     */
    boolean begin(RebuildState started);
}
