package vn.dvk.notification.delivery.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dvk.notification.delivery.domain.LowerInstances;
import vn.dvk.notification.notice.domain.Announcement;
import vn.dvk.notification.notice.domain.Audience;
import vn.dvk.notification.notice.domain.Notice;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.official.application.OfficialDirectory;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.Subscription;
import vn.dvk.notification.subscription.domain.Subscriptions;

/**
 * Who is told of an announcement, and how. Every subscription covering the notice's kind and unit counts; an
 * official who has such a subscription is told as it says, and no longer by default. The others of the defaults are
 * told by mail and in the app. An official who has since left the subtree, or whose account is disabled, is not told
 * through his subscriptions any more. An official of the defaults whose unit a lower level's notification instance
 * serves is left to that instance (ADR 0018), so that instances at several levels tell him once.
 */
@Service
public class Audiences {

    private static final Set<Channel> DEFAULT_CHANNELS = EnumSet.of(Channel.EMAIL, Channel.IN_APP);

    private final Subscriptions subscriptions;
    private final OfficialDirectory officials;
    private final LowerInstances lowerInstances;

    public Audiences(Subscriptions subscriptions, OfficialDirectory officials, LowerInstances lowerInstances) {
        this.subscriptions = subscriptions;
        this.officials = officials;
        this.lowerInstances = lowerInstances;
    }

    /**
     * An official to tell: by which channels, whether his mail waits for the daily digest; {@code email} is empty
     * while identity-service has not announced him.
     */
    public record Reader(String login, String name, Optional<String> email, Set<Channel> channels, boolean digest) {
    }

    /** The officials to tell and the webhooks to call. */
    public record Addressees(List<Reader> readers, List<Subscription> webhooks) {
    }

    /**
     * What decides who is told of an announcement: its kind, its unit and its default audiences. Announcements asking
     * the same question have the same addressees, so a batch asks each question once.
     */
    public record Question(NoticeKind kind, String unitPath, List<Audience> defaults) {

        public static Question of(Announcement announcement) {
            Notice notice = announcement.notice();
            return new Question(notice.kind(), notice.unitPath(), announcement.defaults());
        }
    }

    public Addressees of(Question question) {
        Map<String, Reader> readers = new LinkedHashMap<>();
        List<Subscription> webhooks = new ArrayList<>();
        for (Subscription subscription : subscriptions.covering(question.kind(), question.unitPath())) {
            Optional<Official> owner = officials.find(subscription.login());
            if (owner.isPresent() && !owner.get().oversees(subscription.unitPath())) {
                continue;
            }
            if (subscription.channels().contains(Channel.WEBHOOK) && subscription.webhook() != null) {
                webhooks.add(subscription);
            }
            Set<Channel> personal = EnumSet.noneOf(Channel.class);
            subscription.channels().stream().filter(channel -> channel != Channel.WEBHOOK).forEach(personal::add);
            if (!personal.isEmpty()) {
                readers.merge(subscription.login(), new Reader(subscription.login(),
                        owner.map(Official::displayName).orElse(subscription.login()), owner.map(Official::email),
                        personal, subscription.digest() || !personal.contains(Channel.EMAIL)), Audiences::join);
            }
        }
        for (Audience audience : question.defaults()) {
            for (Official official : officials.nearest(audience.role(), audience.unitCode())) {
                if (lowerInstances.serve(official.unitPath())) {
                    continue;
                }
                readers.putIfAbsent(official.login(), new Reader(official.login(), official.displayName(),
                        Optional.ofNullable(official.email()), DEFAULT_CHANNELS, false));
            }
        }
        return new Addressees(List.copyOf(readers.values()), webhooks);
    }

    /**
     * Two subscriptions of one official covering the same notice: every channel of both, and mail at once unless
     * neither asks for it (a subscription without mail does not hold mail back for the digest).
     */
    private static Reader join(Reader one, Reader other) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        channels.addAll(one.channels());
        channels.addAll(other.channels());
        return new Reader(one.login(), one.name(), one.email(), channels, one.digest() && other.digest());
    }
}
