package vn.dvk.reporting.generation.application;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.stereotype.Service;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.GenerationPositions;
import vn.dvk.reporting.generation.domain.SourcePartition;
import vn.dvk.reporting.generation.domain.StoredGeneration;

/**
 * Keeps every live batch consumer of every replica on the active generation, exactly (ADR 0023). A consumer starts its
 * partitions where the active generation holds them; before each batch it reads the recorded generation and, when a
 * rebuild switched it since the consumer's last batch, applies nothing and goes back to where the new generation holds
 * its partitions. Whatever it wrote meanwhile went to the replaced generation, which is dropped; the new one gets
 * every record from its own positions on, and the offsets and versions it keeps make any record it holds already a
 * duplicate (ADR 0019).
 */
@Service
public class GenerationFollower {

    /** What a consumer does with the batch in hand. */
    public sealed interface Step permits Apply, Rewind {
    }

    /** Apply the batch to {@code generation}, and nothing else. */
    public record Apply(Generation generation) implements Step {
    }

    /** Apply nothing; read the assigned partitions again from {@code positions}, held by {@code generation}. */
    public record Rewind(Generation generation, Map<SourcePartition, Long> positions) implements Step {
    }

    private final StoredGeneration stored;
    private final GenerationPositions positions;
    /** Per consumer (its identity, dropped with it), the generation its last batch or assignment went by. */
    private final Map<Object, Generation> followed = Collections.synchronizedMap(new WeakHashMap<>());

    public GenerationFollower(StoredGeneration stored, GenerationPositions positions) {
        this.stored = stored;
        this.positions = positions;
    }

    /**
     * {@code consumer} was assigned {@code partitions}: answers where the active generation holds them, to start from
     * there (a partition it does not hold yet keeps the group's committed offset).
     */
    public Map<SourcePartition, Long> assigned(Object consumer, Collection<SourcePartition> partitions) {
        Generation active = stored.read();
        followed.put(consumer, active);
        return positions.of(active, partitions);
    }

    /** What {@code consumer}, assigned {@code assignment}, does with the batch it polled. */
    public Step next(Object consumer, Collection<SourcePartition> assignment) {
        Generation active = stored.read();
        Generation previous = followed.put(consumer, active);
        if (previous == null || previous.equals(active)) {
            return new Apply(active);
        }
        // A partition the new generation does not hold was never folded into it: read it from its beginning.
        Map<SourcePartition, Long> held = positions.of(active, assignment);
        Map<SourcePartition, Long> from = new HashMap<>();
        assignment.forEach(partition -> from.put(partition, held.getOrDefault(partition, 0L)));
        return new Rewind(active, from);
    }

    /** A batch applied to {@code generation} read up to {@code next} (next offset per partition). */
    public void applied(Generation generation, Map<SourcePartition, Long> next) {
        positions.advance(generation, next);
    }
}
