package vn.dvk.notification.subscription.domain;

/**
 * An endpoint of another system (a province's own software, a chat bot) that receives the CloudEvent of each notice
 * by HTTP POST, signed with {@code secret} so that it can tell the message came from here.
 */
public record Webhook(String url, String secret) {
}
