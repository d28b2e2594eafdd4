package vn.dvk.systemtest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A system test that uses what this JVM shares: the services of {@link SystemUnderTest} or the broker and store of
 * {@code TestInfrastructure} (instances of scope {@code 14} there share its databases and consumer groups). Such
 * classes run one after another on one thread; the classes that start a stack of their own run beside them
 * ({@code junit-platform.properties}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.SAME_THREAD)
@interface OnTheSharedStack {
}
