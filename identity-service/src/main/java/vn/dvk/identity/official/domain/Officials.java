package vn.dvk.identity.official.domain;

import java.util.Optional;

/** Where officials are kept, by login, each with the version its last save gave it. */
public interface Officials {

    Optional<Official> find(String login);

    /** Stores a new official at version 1; {@link vn.dvk.platform.domain.AlreadyExists} when its login is taken. */
    void add(Official official);

    /**
     * Replaces an official whose stored version is still {@code expectedVersion};
     * {@link vn.dvk.platform.domain.StaleVersion} and nothing written otherwise.
     */
    void update(Official changed, long expectedVersion);

    /** One page of the officials whose home unit lies in the subtree at {@code unitPath}, by unit path and login. */
    OfficialPage list(String unitPath, int page, int size);
}
