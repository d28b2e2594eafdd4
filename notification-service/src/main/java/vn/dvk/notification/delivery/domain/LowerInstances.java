package vn.dvk.notification.delivery.domain;

/**
 * The notification instances that run for units strictly inside this instance's scope (a commune's below its
 * district's). Such an instance knows the officials of its own subtree and tells them itself, so an instance above
 * it leaves them to it rather than telling them a second time.
 */
@FunctionalInterface
public interface LowerInstances {

    /** Whether a notification instance of a scope strictly inside this one serves the unit at {@code unitPath}. */
    boolean serve(String unitPath);
}
