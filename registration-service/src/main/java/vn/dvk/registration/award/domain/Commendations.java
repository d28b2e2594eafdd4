package vn.dvk.registration.award.domain;

import java.util.List;

/** The commendations of models, written by id so that a redelivered decision records nothing twice. */
public interface Commendations {

    void record(Commendation commendation);

    /** A model's commendations, oldest decision first. */
    List<Commendation> of(String modelId);
}
