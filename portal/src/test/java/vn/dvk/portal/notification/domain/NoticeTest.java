package vn.dvk.portal.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A notice's link opens on this portal: only its path is kept, and a link that names no page of a site is none. */
class NoticeTest {

    @Test
    void the_path_and_query_of_the_link_are_kept_whatever_address_notification_service_was_given() {
        assertThat(Notice.portalPathOf("http://127.0.0.1:8090/proposals/p-1")).contains("/proposals/p-1");
        assertThat(Notice.portalPathOf("https://dvk.sonla.gov.vn/models?unit=04096&year=2022"))
                .contains("/models?unit=04096&year=2022");
        assertThat(Notice.portalPathOf("/inspection-plans/i-1")).contains("/inspection-plans/i-1");
    }

    @Test
    void a_link_without_a_path_of_a_site_opens_nothing() {
        assertThat(Notice.portalPathOf(null)).isEmpty();
        assertThat(Notice.portalPathOf(" ")).isEmpty();
        assertThat(Notice.portalPathOf("javascript:alert(1)")).isEmpty();
        assertThat(Notice.portalPathOf("models/m-1")).isEmpty();
        assertThat(Notice.portalPathOf("http://[bad")).isEmpty();
        assertThat(Notice.portalPathOf("http://a.example//b.example/x")).isEmpty();
    }
}
