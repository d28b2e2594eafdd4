package vn.dvk.reporting.generation.domain;

/** The record of the active generation that every replica of an instance shares (ADR 0023). */
@FunctionalInterface
public interface StoredGeneration {

    /** The active generation as recorded now, read afresh (one {@code _id} read), not as this process remembers it. */
    Generation read();
}
