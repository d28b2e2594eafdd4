package vn.dvk.reporting.rebuild.domain;

import java.util.Map;
import vn.dvk.reporting.generation.domain.Generation;

/**
 * Every event the read models are built from, kept by the broker from offset 0 (ADR 0023): read in large batches and
 * folded straight into the collections of one generation, without the dispatcher or claims.
 */
public interface EventHistory {

    /** The first offset the broker still keeps, per projected partition. */
    Map<HistoryPartition, Long> earliestOffsets();

    /**
     * Opens the history for a fold into {@code generation} from {@code positions} (next offset per partition; a
     * partition absent there starts at its beginning), up to where it ends now.
     */
    Fold foldInto(Generation generation, Map<HistoryPartition, Long> positions);

    /** A fold of the history into one generation, up to an end fixed when opened or extended. */
    interface Fold extends AutoCloseable {

        /** How many events lie between the positions folded so far and the end fixed. */
        long remaining();

        /** The next offset to fold of every partition: where the generation holds the history once folded. */
        Map<HistoryPartition, Long> positions();

        /** Moves the end to where the history ends now: the events that came meanwhile are folded too. */
        void extendToNow();

        /**
         * Folds every event up to the end fixed, in order within each partition, in large batches; after each batch
         * is written, tells {@code listener} the positions reached and the batch's counts.
         */
        void foldToEnd(BatchListener listener);

        @Override
        void close();
    }

    /** Hears of each batch a fold wrote. */
    @FunctionalInterface
    interface BatchListener {

        /**
         * @param positions the next offset to fold of each partition the batch read
         * @param events    how many events the batch held
         * @param poison    how many of them no projection could apply (skipped)
         */
        void folded(Map<HistoryPartition, Long> positions, int events, int poison);
    }
}
