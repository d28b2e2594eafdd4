package vn.dvk.reporting.generation.domain;

/**
 * A generation of the read models (ADR 0023): every read model of one generation lives in collections suffixed with
 * its number, except the first, which keeps the plain names. A rebuild folds the history into the next generation
 * while queries and live consumption keep the active one, then switches.
 */
public record Generation(long number) {

    public static final Generation FIRST = new Generation(0);

    public Generation {
        if (number < 0) {
            throw new IllegalArgumentException("a generation is numbered from 0, not " + number);
        }
    }

    /** The name in this generation of the collection named {@code base} in the first. */
    public String collection(String base) {
        return number == 0 ? base : base + "_g" + number;
    }

    public Generation next() {
        return new Generation(number + 1);
    }
}
