package vn.dvk.contracts.events;

/** One topic per owning service, and the unit directory's; the key of every record is the aggregate id. */
public final class Topics {

    public static final String REGISTRATION = "dvk.registration";
    public static final String EVALUATION = "dvk.evaluation";
    public static final String AWARD = "dvk.award";
    public static final String IDENTITY = "dvk.identity";
    public static final String REPORTING = "dvk.reporting";
    /**
     * Reference data every instance follows from the topic's start without a consumer group: the unit directory,
     * published by identity-service (the administration service).
     */
    public static final String UNIT_DIRECTORY = "dvk.unit-directory";

    private Topics() {
    }
}
