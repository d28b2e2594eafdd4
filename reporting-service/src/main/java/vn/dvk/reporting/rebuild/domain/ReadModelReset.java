package vn.dvk.reporting.rebuild.domain;

/** Throws away what a replay rebuilds: every registered read model and the record of the events applied to them. */
public interface ReadModelReset {

    void resetAll();
}
