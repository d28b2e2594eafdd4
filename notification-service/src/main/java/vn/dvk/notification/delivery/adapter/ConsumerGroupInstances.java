package vn.dvk.notification.delivery.adapter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import vn.dvk.notification.delivery.domain.LowerInstances;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The lower notification instances as the broker knows them: every instance consumes in the group
 * {@code notification-<scope>} (application.yml), so a group of that name for a unit strictly inside this scope is an
 * instance of a lower level. A group stays known while its offsets are kept (the broker's
 * {@code offsets.retention.minutes}, a week by default), so an instance that stops for a while is still left its
 * officials; one retired for longer hands them back. The list is read again at most every {@link #FRESH_FOR}; while
 * the broker does not answer, the last list read holds.
 */
class ConsumerGroupInstances implements LowerInstances, DisposableBean {

    static final String GROUP_PREFIX = "notification-";
    private static final Logger log = LoggerFactory.getLogger(ConsumerGroupInstances.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final InstanceScope scope;
    private final BrokerQuestion<List<String>> lowerScopePaths;
    private List<String> logged = List.of();

    ConsumerGroupInstances(Map<String, Object> clientProperties, InstanceScope scope, Clock clock) {
        this.scope = scope;
        this.lowerScopePaths = new BrokerQuestion<>(clientProperties, "dvk-notification-instances",
                "the consumer groups (the last list holds)", FRESH_FOR, clock, List.of(), this::read, last -> last);
    }

    @Override
    public boolean serve(String unitPath) {
        return lowerScopePaths.answer().stream().anyMatch(path -> UnitDirectory.pathIsWithin(unitPath, path));
    }

    private List<String> read(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        List<String> paths = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                .get(BrokerQuestion.TIMEOUT_MS, TimeUnit.MILLISECONDS).stream().map(GroupListing::groupId)
                .filter(group -> group.startsWith(GROUP_PREFIX))
                .map(group -> group.substring(GROUP_PREFIX.length()))
                .filter(code -> !code.equals(scope.code()) && scope.covers(code))
                .map(scope::pathOf).sorted().toList();
        if (!paths.equals(logged)) {
            log.info("notification instances below {}: {}", scope.code(), paths);
            logged = paths;
        }
        return paths;
    }

    @Override
    public void destroy() {
        lowerScopePaths.close();
    }
}
