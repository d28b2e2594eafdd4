package vn.dvk.contracts.reporting;

import static vn.dvk.contracts.EventSchemaAssertions.assertMatchesSchema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingEventSchemaTest {

    @Test
    void a_submitted_report_serialises_to_json_its_schema_accepts() {
        assertMatchesSchema(ReportingEvents.REPORT_SUBMITTED, new ReportSubmitted("04096-2022-YEARLY", "04096",
                "14/124/04096", 2022, "YEARLY", 3, LocalDate.of(2022, 12, 10), LocalDate.of(2022, 12, 15), false,
                List.of(new ReportSubmitted.Figure("total", "Tổng số mô hình", 7),
                        new ReportSubmitted.Figure("collective", "Mô hình tập thể", 6)),
                "Sồng A Páo (longphieng.bcd)", Instant.parse("2022-12-10T03:00:00Z")));
    }
}
