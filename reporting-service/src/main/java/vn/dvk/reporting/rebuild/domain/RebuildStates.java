package vn.dvk.reporting.rebuild.domain;

import java.util.Optional;

/** Where the state of the last rebuild is kept, so that a service started again finds an unfinished one. */
public interface RebuildStates {

    Optional<RebuildState> last();

    void save(RebuildState state);
}
