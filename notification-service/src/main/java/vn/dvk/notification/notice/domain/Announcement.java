package vn.dvk.notification.notice.domain;

import java.util.List;

/** A notice and the audiences that hear of it by default; subscriptions add to them or replace them. */
public record Announcement(Notice notice, List<Audience> defaults) {

    public Announcement {
        defaults = List.copyOf(defaults);
    }
}
