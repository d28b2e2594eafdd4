package vn.dvk.notification.delivery.domain;

import java.util.Optional;

/**
 * How far reporting-service of this instance's scope has got on the topics notices are made from. Both read the same
 * events and write to the same store; notices give way while reporting is behind ({@code GiveWay}, ADR 0010).
 */
@FunctionalInterface
public interface ReportingProgress {

    /** Where reporting stands now; empty when no reporting instance of this scope has consumed, or nobody can tell. */
    Optional<Position> now();

    /**
     * @param applied the events reporting has applied and committed, over all partitions: it moves while reporting
     *                works
     * @param behind  the events written that it has not applied yet
     */
    record Position(long applied, long behind) {
    }
}
