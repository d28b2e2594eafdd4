package vn.dvk.notification.official.domain;

import java.util.List;
import java.util.Optional;

/** The officials this service knows of, kept from identity-service's events. */
public interface Officials {

    Optional<Official> find(String login);

    /** Stores the official unless a record of the same or a newer version is already kept; true when stored. */
    boolean keep(Official official);

    /** The enabled officials whose home unit is {@code unitCode}. */
    List<Official> atUnit(String unitCode);
}
