package vn.dvk.evaluation.scoring.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.platform.outbox.OutboundEvent;

/** The evaluations inspection teams gave models. */
public interface Evaluations {

    /** Stores a new evaluation together with the events it publishes, in order. */
    void add(Evaluation evaluation, List<OutboundEvent<?>> events);

    Optional<Evaluation> find(String id);

    /** The evaluations of a model whose unit lies in the subtree of {@code unitPath}. */
    List<Evaluation> ofModelWithin(String modelId, String unitPath);

    /**
     * Stores an evaluation its level corrected or cancelled, with the event that announces it, if it is still at the
     * version the correction was decided on ({@link Evaluation#version()}); throws
     * {@link vn.dvk.platform.domain.StaleVersion} when another correction was stored meanwhile. Returns the new version.
     */
    long correct(Evaluation corrected, List<OutboundEvent<?>> events);

    /** Whether the model has a year-end evaluation standing (not cancelled), and so a recognition decision, in the year. */
    boolean hasYearEnd(String modelId, int year);

    /** How many year-end evaluations of the model in the year were cancelled. */
    int cancelledYearEnds(String modelId, int year);
}
