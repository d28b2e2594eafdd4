package vn.dvk.systemtest;

import java.util.ArrayList;
import java.util.List;
import vn.dvk.testsupport.Seed004Table;

/** The 2022 registrations of Yên Châu that seed 004 §2.4 counts, as registration requests units would send. */
final class Seed004Breakdown {

    /** The district's communes and agencies the registrations are spread over. */
    static final List<String> UNITS = List.of("04063", "04066", "04069", "04072", "04075", "04078", "04081", "04084",
            "04087", "04090", "04093", "04096", "04099", "04102", "124.PNV", "124.HND", "04096.THCS");

    private Seed004Breakdown() {
    }

    /** One registration body per model of the table. */
    static List<String> registrations() {
        List<String> bodies = new ArrayList<>();
        int n = 0;
        for (Seed004Table.Line line : Seed004Table.LINES) {
            for (int i = 0; i < line.total(); i++, n++) {
                String ownerType = i < line.collective() ? "COLLECTIVE" : "INDIVIDUAL";
                bodies.add("""
                        {"year": 2022, "unitCode": "%s", "level": "%s", "field": "%s", "ownerType": "%s",
                         "kind": "MODEL", "name": "Mô hình dân vận khéo số %d", "address": "Yên Châu, Sơn La",
                         "content": "Vận động nhân dân tham gia", "ownerName": "Chủ mô hình %d",
                         "personInCharge": "Người phụ trách %d", "startDate": "2022-01-01", "endDate": "2022-12-31"}
                        """.formatted(UNITS.get(n % UNITS.size()), line.level(), line.field(), ownerType, n + 1,
                        n + 1, n + 1));
            }
        }
        return bodies;
    }
}
