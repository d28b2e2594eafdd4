package vn.dvk.reporting.rebuild.domain;

import java.util.Map;
import vn.dvk.reporting.generation.domain.Generation;

/** The generations of the read models a rebuild prepares, switches to and throws away (ADR 0023). */
public interface ReadModelGenerations {

    /** The generation every query and live consumer uses now. */
    Generation active();

    /** Creates the empty collections of {@code generation}, with their indexes, dropping any left from before. */
    void prepare(Generation generation);

    /**
     * Records that {@code generation} holds the history up to {@code positions} (next offset per partition), where
     * the live consumers of every replica go on from, then makes it active in one write.
     */
    void activate(Generation generation, Map<HistoryPartition, Long> positions);

    /** Drops every collection of {@code generation} once every replica has stopped reading it. */

    void drop(Generation generation);
}
