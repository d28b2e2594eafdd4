package vn.dvk.notification.delivery.adapter;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.dvk.notification.NotificationProperties;
import vn.dvk.notification.delivery.application.DeliveryAttempts;
import vn.dvk.notification.delivery.application.SweepSchedule;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryQueue;
import vn.dvk.notification.subscription.domain.Channel;

/**
 * One Resilience4j thread-pool bulkhead per channel: a few workers and a bounded queue each, so that a slow SMTP
 * server holds only the mail workers and a dead webhook only the webhook workers, never the event consumers nor each
 * other. A message offered while it is already queued here is not queued twice.
 */
@Component
class BulkheadDeliveryQueue implements DeliveryQueue, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BulkheadDeliveryQueue.class);

    private final DeliveryAttempts attempts;
    private final SweepSchedule schedule;
    private final Map<Channel, ThreadPoolBulkhead> bulkheads = new EnumMap<>(Channel.class);
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    BulkheadDeliveryQueue(DeliveryAttempts attempts, SweepSchedule schedule, NotificationProperties properties) {
        this.attempts = attempts;
        this.schedule = schedule;
        NotificationProperties.Delivery settings = properties.delivery();
        bulkheads.put(Channel.EMAIL, bulkhead("mail", settings.mailWorkers(), settings.queueCapacity()));
        bulkheads.put(Channel.WEBHOOK, bulkhead("webhook", settings.webhookWorkers(), settings.queueCapacity()));
    }

    @Override
    public boolean offer(Delivery delivery) {
        ThreadPoolBulkhead bulkhead = bulkheads.get(delivery.channel());
        if (bulkhead == null || !queued.add(delivery.id())) {
            return false;
        }
        try {
            bulkhead.executeRunnable(() -> attempt(delivery.id()));
            return true;
        } catch (BulkheadFullException full) {
            queued.remove(delivery.id());
            schedule.searchSoon();
            log.debug("the {} workers are all busy; message {} waits for the next sweep", delivery.channel(),
                    delivery.id());
            return false;
        }
    }

    @Override
    public boolean holds(String deliveryId) {
        return queued.contains(deliveryId);
    }

    @Override
    public boolean hasRoom() {
        return bulkheads.values().stream().anyMatch(bulkhead -> bulkhead.getMetrics().getRemainingQueueCapacity() > 0);
    }

    private void attempt(String id) {
        try {
            attempts.attempt(id);
        } catch (RuntimeException e) {
            log.error("attempt of message {} broke off; the sweep offers it again once its lease has run out", id, e);
        } finally {
            queued.remove(id);
        }
    }

    /** Stops taking messages; those still queued stay stored and are swept again after the restart. */
    @Override
    public void destroy() throws Exception {
        for (ThreadPoolBulkhead bulkhead : bulkheads.values()) {
            bulkhead.close();
        }
    }

    private static ThreadPoolBulkhead bulkhead(String name, int workers, int capacity) {
        return ThreadPoolBulkhead.of(name + "-delivery", ThreadPoolBulkheadConfig.custom()
                .coreThreadPoolSize(workers).maxThreadPoolSize(workers).queueCapacity(capacity).build());
    }
}
