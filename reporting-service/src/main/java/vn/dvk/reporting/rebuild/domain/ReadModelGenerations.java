package vn.dvk.reporting.rebuild.domain;

import vn.dvk.reporting.generation.domain.Generation;

/** The generations of the read models a rebuild prepares, switches to and throws away (ADR 0023). */
public interface ReadModelGenerations {

    /** The generation every query and live consumer uses now. */
    Generation active();

    /** Creates the empty collections of {@code generation}, with their indexes, dropping any left from before. */
    void prepare(Generation generation);

    /** Makes {@code generation} active in one write. */
    void activate(Generation generation);

    /** Drops every collection of {@code generation}. */
    void drop(Generation generation);
}
