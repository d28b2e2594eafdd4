package vn.dvk.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.notification.delivery.domain.Deliveries;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryQueue;
import vn.dvk.notification.delivery.domain.DigestEntry;
import vn.dvk.notification.notice.domain.MessageKey;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The daily digest: at the digest time, each official whose mail waits for it gets one mail with what arrived since
 * the digest before. Every instance may run it: a digest's id follows from the official and the day, so only one is
 * stored, and it records the messages it holds; a message stored after the digest was made waits for the next one.
 */
@Service
public class Digests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final LocalTime time;
    private final Clock clock;

    public Digests(Deliveries deliveries, DeliveryQueue queue, DigestTime time, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.time = time.value();
        this.clock = clock;
    }

    /** When the digest leaves each day, in the service's zone. */
    public record DigestTime(LocalTime value) {
    }

    /** Makes and sends the digests of the latest digest time that has passed; returns how many were made now. */
    public int run() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime today = now.with(time);
        ZonedDateTime cutoff = now.isBefore(today) ? today.minusDays(1) : today;
        LocalDate day = cutoff.toLocalDate();
        Map<String, List<Delivery>> byReader = new LinkedHashMap<>();
        for (Delivery waiting : deliveries.waitingForDigest(cutoff.toInstant())) {
            byReader.computeIfAbsent(waiting.recipient().key(), key -> new ArrayList<>()).add(waiting);
        }
        int made = 0;
        Instant at = clock.instant();
        for (Map.Entry<String, List<Delivery>> reader : byReader.entrySet()) {
            String id = MessageKey.of(cutoff.toInstant(), "digest-" + day, reader.getKey(),
                    Channel.EMAIL.name());
            Optional<Delivery> existing = deliveries.find(id);
            if (existing.isPresent()) {
                deliveries.markDigested(existing.get().entries().stream().map(DigestEntry::deliveryId).toList(), id,
                        at);
                continue;
            }
            List<Delivery> messages = reader.getValue().stream()
                    .sorted(Comparator.comparing(Delivery::createdAt)).toList();
            Delivery first = messages.get(0);
            Delivery digest = Delivery.digest(id, first.recipient(), homeOf(messages),
                    "Tổng hợp thông báo ngày " + DAY.format(day) + " (" + messages.size() + " thông báo)",
                    messages.stream().map(message -> new DigestEntry(message.id(), message.title(), message.body(),
                            message.link(), message.createdAt())).toList(), at);
            for (Delivery stored : deliveries.addNew(List.of(digest))) {
                deliveries.markDigested(messages.stream().map(Delivery::id).toList(), id, at);
                queue.offer(stored);
                made++;
            }
        }
        return made;
    }

    /** The digest belongs to the narrowest unit that holds the units of all its notices. */
    private static String homeOf(List<Delivery> messages) {
        String common = messages.get(0).unitPath();
        for (Delivery message : messages) {
            while (!UnitDirectory.pathIsWithin(message.unitPath(), common)) {
                int slash = common.lastIndexOf('/');
                common = slash < 0 ? "" : common.substring(0, slash);
            }
        }
        return common;
    }
}
