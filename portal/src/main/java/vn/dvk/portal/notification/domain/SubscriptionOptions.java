package vn.dvk.portal.notification.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The kinds of notice and the channels a subscription may name, with notification-service's own labels. */
public record SubscriptionOptions(List<Option> kinds, List<Option> channels) {

    /** The channel only an administrator may choose: it sends notices to another system. */
    public static final String WEBHOOK = "WEBHOOK";

    public SubscriptionOptions {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** A code and how officials read it. */
    public record Option(String code, String label) {
    }

    public Map<String, String> labels() {
        return java.util.stream.Stream.concat(kinds.stream(), channels.stream())
                .collect(Collectors.toMap(Option::code, Option::label, (a, b) -> a));
    }

    /** The channels offered to an official: the webhook only to an administrator. */
    public List<Option> channelsFor(boolean admin) {
        return channels.stream().filter(channel -> admin || !WEBHOOK.equals(channel.code())).toList();
    }
}
