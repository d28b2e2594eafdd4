package vn.dvk.notification.delivery.domain;

/**
 * Whom a message goes to: an official ({@code key} = his login, {@code address} his mail address) or a webhook
 * ({@code key} = {@code webhook:<subscription id>}, {@code address} its URL, {@code login} the official who owns it).
 */
public record Recipient(String key, String login, String name, String address) {

    private static final String WEBHOOK = "webhook:";

    public static Recipient official(String login, String name, String email) {
        return new Recipient(login, login, name, email);
    }

    public static Recipient webhook(String subscriptionId, String owner, String url) {
        return new Recipient(WEBHOOK + subscriptionId, owner, url, url);
    }

    /** The subscription of a webhook recipient. */
    public String subscriptionId() {
        if (!key.startsWith(WEBHOOK)) {
            throw new IllegalStateException(key + " is no webhook");
        }
        return key.substring(WEBHOOK.length());
    }
}
