package vn.dvk.reporting.generation.domain;

import java.util.Collection;
import java.util.Map;

/**
 * How far each generation holds the partitions its live consumers read: per partition the next offset to apply. A
 * rebuild records where its fold ended, live batches move it on; a consumer that starts on a partition or learns of a
 * switch goes there (ADR 0023).
 */
public interface GenerationPositions {

    /** The positions {@code generation} records for those of {@code partitions} it holds. */
    Map<SourcePartition, Long> of(Generation generation, Collection<SourcePartition> partitions);

    /** Moves the positions of {@code generation} on to {@code next}; a position never moves back. */
    void advance(Generation generation, Map<SourcePartition, Long> next);
}
