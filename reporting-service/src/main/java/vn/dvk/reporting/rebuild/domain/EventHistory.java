package vn.dvk.reporting.rebuild.domain;

/** Every event the read models are built from, kept by the broker and replayable from the beginning (ADR 0002). */
public interface EventHistory {

    /** Fixes where the history ends now: the replay feeds the events up to there and none that come later. */
    Replay upToNow();

    /** The events between the beginning of the history and the end fixed when it was opened. */
    interface Replay extends AutoCloseable {

        /** How many events the replay will feed. */
        long size();

        /**
         * Feeds every event, in order within each partition, through the same projection path as live consumption,
         * and tells {@code listener} after each; an event whose projection fails is skipped and told as not applied.
         */
        void feed(ReplayListener listener);

        @Override
        void close();
    }

    /** Hears of each event a replay fed. */
    @FunctionalInterface
    interface ReplayListener {

        void replayed(boolean applied);
    }
}
