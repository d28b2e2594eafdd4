package vn.dvk.notification.delivery.adapter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
    private static final int TIMEOUT_MS = 3000;

    private final Admin admin;
    private final InstanceScope scope;
    private final Clock clock;
    private List<String> lowerScopePaths = List.of();
    private Instant readAt = Instant.MIN;

    ConsumerGroupInstances(Map<String, Object> clientProperties, InstanceScope scope, Clock clock) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "dvk-notification-instances");
        this.admin = Admin.create(properties);
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public boolean serve(String unitPath) {
        return lowerScopePaths().stream().anyMatch(path -> UnitDirectory.pathIsWithin(unitPath, path));
    }

    private synchronized List<String> lowerScopePaths() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isAfter(now)) {
            return lowerScopePaths;
        }
        readAt = now;
        try {
            List<String> paths = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).stream().map(GroupListing::groupId)
                    .filter(group -> group.startsWith(GROUP_PREFIX))
                    .map(group -> group.substring(GROUP_PREFIX.length()))
                    .filter(code -> !code.equals(scope.code()) && scope.covers(code))
                    .map(scope::pathOf).sorted().toList();
            if (!paths.equals(lowerScopePaths)) {
                log.info("notification instances below {}: {}", scope.code(), paths);
            }
            lowerScopePaths = paths;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("the consumer groups could not be listed, the last list holds: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lowerScopePaths;
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
