package vn.dvk.notification.delivery.adapter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One question the service asks the broker's admin API, answered from the last reply for {@code freshFor}: callers
 * that ask on every batch or message cost the broker one request per period, whichever thread asks. A request waits
 * at most {@link #TIMEOUT_MS}; while the broker does not answer, {@code unanswered} turns the last answer into the one
 * that stands, and the outage is logged once.
 *
 * @param <T> the answer
 */
final class BrokerQuestion<T> implements AutoCloseable {

    static final int TIMEOUT_MS = 3000;
    private static final Logger log = LoggerFactory.getLogger(BrokerQuestion.class);

    /** The question itself, asked of the admin client; each of its calls waits at most {@code TIMEOUT_MS}. */
    @FunctionalInterface
    interface Query<T> {
        T ask(Admin admin) throws ExecutionException, InterruptedException, TimeoutException;
    }

    private final Admin admin;
    private final String what;
    private final Duration freshFor;
    private final Clock clock;
    private final Query<T> query;
    private final UnaryOperator<T> unanswered;
    private T answer;
    private Instant askedAt = Instant.MIN;
    private boolean outage;

    /**
     * @param what       what is asked, for the log: {@code "the consumer groups"}
     * @param before     the answer before the first reply
     * @param unanswered the answer that stands while the broker does not reply, from the last one
     */
    BrokerQuestion(Map<String, Object> clientProperties, String clientId, String what, Duration freshFor, Clock clock,
                   T before, Query<T> query, UnaryOperator<T> unanswered) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        this.admin = Admin.create(properties);
        this.what = what;
        this.freshFor = freshFor;
        this.clock = clock;
        this.answer = before;
        this.query = query;
        this.unanswered = unanswered;
    }

    synchronized T answer() {
        Instant now = clock.instant();
        if (askedAt.plus(freshFor).isAfter(now)) {
            return answer;
        }
        askedAt = now;
        try {
            answer = query.ask(admin);
            outage = false;
        } catch (ExecutionException | TimeoutException e) {
            if (!outage) {
                log.warn("{} cannot be read from the broker: {}", what, e.toString());
            }
            outage = true;
            answer = unanswered.apply(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = unanswered.apply(answer);
        }
        return answer;
    }

    @Override
    public void close() {
        admin.close();
    }
}
