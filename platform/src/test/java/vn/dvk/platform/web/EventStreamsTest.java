package vn.dvk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.platform.domain.Caller;
import vn.dvk.contracts.catalog.Role;

/** The streams one official may hold, and how long one may idle, without Spring or a server. */
class EventStreamsTest {

    private final SteppingClock clock = new SteppingClock();
    private final EventStreams streams = new EventStreams(3, Duration.ofMinutes(5), clock);

    private static Caller viewer(String login, String unitCode) {
        return new Caller(login, null, unitCode, Set.of(Role.VIEWER));
    }

    @Test
    void one_official_may_hold_as_many_streams_as_the_limit_and_the_next_is_refused_while_others_still_connect() {
        Caller yenchau = viewer("yenchau.lanhdao", "124");
        for (int opened = 0; opened < 3; opened++) {
            streams.open(yenchau, "14/124", "hello", "{}");
        }

        assertThatThrownBy(() -> streams.open(yenchau, "14/124", "hello", "{}"))
                .isInstanceOf(TooManyStreams.class)
                .hasMessageContaining("3 luồng cập nhật trực tiếp");
        streams.open(viewer("sonla.admin", "14"), "14", "hello", "{}");
        assertThat(streams.openCount()).isEqualTo(4);
    }

    @Test
    void a_stream_nothing_was_sent_on_for_the_idle_timeout_is_closed_and_frees_its_place() {
        Caller yenchau = viewer("yenchau.lanhdao", "124");
        for (int opened = 0; opened < 3; opened++) {
            streams.open(yenchau, "14/124", "hello", "{}");
        }
        clock.advance(Duration.ofMinutes(4));
        streams.open(viewer("sonla.admin", "14"), "14", "hello", "{}");

        clock.advance(Duration.ofMinutes(2));
        streams.closeIdle();

        assertThat(streams.openCount()).as("the province's stream idled only two minutes").isEqualTo(1);
        streams.open(yenchau, "14/124", "hello", "{}");
        assertThat(streams.openCount()).isEqualTo(2);
    }

    @Test
    void a_broadcast_reaches_only_the_streams_it_has_something_for_and_counts_as_activity() {
        streams.open(viewer("longphieng.canbo", "04096"), "14/124/04096", "hello", "{}");
        streams.open(viewer("chiengdong.canbo", "04063"), "14/124/04063", "hello", "{}");
        List<String> asked = new ArrayList<>();
        clock.advance(Duration.ofMinutes(4));

        streams.broadcast("changed", visiblePath -> {
            asked.add(visiblePath);
            return visiblePath.equals("14/124/04096") ? Optional.of("{}") : Optional.empty();
        });
        clock.advance(Duration.ofMinutes(2));
        streams.closeIdle();

        assertThat(asked).containsExactlyInAnyOrder("14/124/04096", "14/124/04063");
        assertThat(streams.openCount()).as("only the stream that was sent something stays").isEqualTo(1);
    }

    @Test
    void a_message_for_one_official_reaches_his_streams_only_and_keeps_them_open() {
        streams.open(viewer("longphieng.canbo", "04096"), "14/124/04096", "hello", "{}");
        streams.open(viewer("longphieng.canbo", "04096"), "14/124/04096", "hello", "{}");
        streams.open(viewer("chiengdong.canbo", "04063"), "14/124/04063", "hello", "{}");
        clock.advance(Duration.ofMinutes(4));

        streams.sendTo("longphieng.canbo", "notification", "{}");
        clock.advance(Duration.ofMinutes(2));
        streams.closeIdle();

        assertThat(streams.openCount()).as("only the two streams of the official told stay").isEqualTo(2);
    }

    /** A clock the test moves forward. */
    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-11-30T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
