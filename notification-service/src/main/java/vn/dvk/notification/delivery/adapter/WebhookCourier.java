package vn.dvk.notification.delivery.adapter;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.dvk.notification.NotificationProperties;
import vn.dvk.notification.delivery.domain.Attempt;
import vn.dvk.notification.delivery.domain.Courier;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.Subscription;
import vn.dvk.notification.subscription.domain.Subscriptions;

/**
 * Calls webhooks: an HTTP POST of the event as CloudEvents JSON, signed with the endpoint's current secret
 * ({@link WebhookSignature}). Each endpoint has its own Resilience4j retry (a few tries with growing waits, for a
 * receiver that stumbles) and circuit breaker (an endpoint that keeps failing is not called for a while, and its
 * messages wait for their next attempt instead of holding workers). Any 2xx answer means received.
 */
@Component
class WebhookCourier implements Courier {

    static final String DELIVERY_HEADER = "X-DVK-Delivery";

    private final Subscriptions subscriptions;
    private final HttpClient http;
    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;
    private final NotificationProperties.Webhook settings;
    private final Clock clock;

    WebhookCourier(Subscriptions subscriptions, NotificationProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.settings = properties.webhook();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(settings.tries())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.firstWait(), 2))
                .retryOnException(failure -> failure instanceof WebhookRefused).build());
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(settings.window()).minimumNumberOfCalls(settings.window())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor()).build());
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public List<Attempt> deliver(Delivery delivery) {
        Optional<Subscription> subscription = subscriptions.find(delivery.recipient().subscriptionId())
                .filter(found -> found.webhook() != null);
        if (subscription.isEmpty()) {
            return List.of(Attempt.failed(clock.instant(), "the webhook's subscription was deleted or changed"));
        }
        String url = subscription.get().webhook().url();
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                .header("User-Agent", "dvk-notification-service")
                .header(WebhookSignature.HEADER, WebhookSignature.of(subscription.get().webhook().secret(), body))
                .header(DELIVERY_HEADER, delivery.id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        List<Attempt> tries = new ArrayList<>();
        Supplier<Integer> call = Retry.decorateSupplier(retries.retry(url),
                CircuitBreaker.decorateSupplier(breakers.circuitBreaker(url), () -> post(request, tries)));
        try {
            call.get();
        } catch (CallNotPermittedException open) {
            tries.add(Attempt.failed(clock.instant(), "not called: the endpoint failed too often lately (circuit"
                    + " breaker open)"));
        } catch (WebhookRefused | IllegalStateException recorded) {
            // The failed tries are in the log already.
        }
        return tries;
    }

    /** One try: the answer's status when it is 2xx, otherwise recorded and thrown so that the retry tries again. */
    private int post(HttpRequest request, List<Attempt> tries) {
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                tries.add(Attempt.delivered(clock.instant(), "HTTP " + status));
                return status;
            }
            tries.add(Attempt.failed(clock.instant(), "HTTP " + status));
            throw new WebhookRefused("HTTP " + status);
        } catch (IOException e) {
            tries.add(Attempt.failed(clock.instant(), e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            throw new WebhookRefused(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tries.add(Attempt.failed(clock.instant(), "interrupted while the service stops"));
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A try that did not end in a 2xx answer. */
    private static final class WebhookRefused extends RuntimeException {
        WebhookRefused(String message) {
            super(message, null, false, false);
        }
    }
}
