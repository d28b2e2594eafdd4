package vn.dvk.contracts.events;

/** One topic per owning service; the key of every record is the aggregate id. */
public final class Topics {

    public static final String REGISTRATION = "dvk.registration";
    public static final String EVALUATION = "dvk.evaluation";
    public static final String AWARD = "dvk.award";
    public static final String IDENTITY = "dvk.identity";
    public static final String REPORTING = "dvk.reporting";

    private Topics() {
    }
}
