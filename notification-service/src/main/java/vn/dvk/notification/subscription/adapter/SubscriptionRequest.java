package vn.dvk.notification.subscription.adapter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.SubscriptionTerms;

/**
 * The body of a subscription: {@code login} names the official to subscribe (the caller when absent; someone else
 * only for an administrator); the unit's whole subtree is covered. {@code digest} may be left out (no digest): a
 * primitive would make its absence a 400.
 */
public record SubscriptionRequest(@Size(max = 64) String login,
                                  @NotBlank @Size(max = 20) String unitCode,
                                  @NotEmpty Set<NoticeKind> kinds,
                                  @NotEmpty Set<Channel> channels,
                                  Boolean digest,
                                  @Size(max = 2000) String webhookUrl,
                                  @Size(max = 200) String webhookSecret) {

    SubscriptionTerms terms() {
        return new SubscriptionTerms(unitCode, kinds, channels, Boolean.TRUE.equals(digest), webhookUrl,
                webhookSecret);
    }
}
