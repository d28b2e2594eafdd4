package vn.dvk.notification.subscription.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.platform.domain.Rejection;

/**
 * What an official asks to hear of: the kinds of notice about a unit and its whole subtree, by which channels;
 * {@code digest} gathers the day's mail into one; a webhook needs its URL (its secret is generated when none is
 * given, and kept when a change gives none).
 */
public record SubscriptionTerms(String unitCode, Set<NoticeKind> kinds, Set<Channel> channels, boolean digest,
                                String webhookUrl, String webhookSecret) {

    public static final int MIN_SECRET_LENGTH = 16;
    private static final int MAX_SECRET_LENGTH = 200;
    private static final int MAX_URL_LENGTH = 2000;

    public SubscriptionTerms {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        unitCode = unitCode == null ? null : unitCode.strip();
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        webhookSecret = webhookSecret == null || webhookSecret.isEmpty() ? null : webhookSecret;
    }

    public boolean wantsWebhook() {
        return channels.contains(Channel.WEBHOOK);
    }

    /** Refuses terms that cannot be served, naming every field at fault. */
    public void check() {
        List<Rejection.FieldIssue> issues = new ArrayList<>();
        if (unitCode == null || unitCode.isEmpty()) {
            issues.add(new Rejection.FieldIssue("unitCode", "không được để trống"));
        }
        if (kinds.isEmpty()) {
            issues.add(new Rejection.FieldIssue("kinds", "chọn ít nhất một loại thông báo"));
        }
        if (channels.isEmpty()) {
            issues.add(new Rejection.FieldIssue("channels", "chọn ít nhất một kênh nhận"));
        }
        if (digest && !channels.contains(Channel.EMAIL)) {
            issues.add(new Rejection.FieldIssue("digest", "thư tổng hợp hằng ngày chỉ dùng với kênh EMAIL"));
        }
        if (wantsWebhook()) {
            if (webhookUrl == null) {
                issues.add(new Rejection.FieldIssue("webhookUrl", "kênh WEBHOOK cần địa chỉ nhận"));
            } else if (!isHttpUrl(webhookUrl)) {
                issues.add(new Rejection.FieldIssue("webhookUrl",
                        "phải là địa chỉ http:// hoặc https:// đầy đủ, tối đa " + MAX_URL_LENGTH + " ký tự"));
            }
            if (webhookSecret != null && (webhookSecret.length() < MIN_SECRET_LENGTH
                    || webhookSecret.length() > MAX_SECRET_LENGTH)) {
                issues.add(new Rejection.FieldIssue("webhookSecret", "phải dài từ " + MIN_SECRET_LENGTH + " đến "
                        + MAX_SECRET_LENGTH + " ký tự"));
            }
        } else if (webhookUrl != null || webhookSecret != null) {
            issues.add(new Rejection.FieldIssue("webhookUrl", "chỉ dùng khi chọn kênh WEBHOOK"));
        }
        if (!issues.isEmpty()) {
            throw Rejection.invalid(issues);
        }
    }

    private static boolean isHttpUrl(String text) {
        if (text.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
