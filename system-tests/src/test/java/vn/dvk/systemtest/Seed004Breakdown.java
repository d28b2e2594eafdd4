package vn.dvk.systemtest;

import java.util.ArrayList;
import java.util.List;

/** The 2022 registrations of Yên Châu as seed 004 §2.4 counts them: 119 models, 87 collective and 32 individual. */
final class Seed004Breakdown {

    /** How many models of one level, field and owner type. */
    record Cell(String level, String field, String ownerType, int count) {
    }

    static final List<Cell> CELLS = List.of(
            new Cell("PROVINCE", "ECONOMY", "COLLECTIVE", 5),
            new Cell("PROVINCE", "ECONOMY", "INDIVIDUAL", 1),
            new Cell("PROVINCE", "CULTURE_SOCIETY", "COLLECTIVE", 1),
            new Cell("DISTRICT", "ECONOMY", "COLLECTIVE", 2),
            new Cell("DISTRICT", "ECONOMY", "INDIVIDUAL", 5),
            new Cell("DISTRICT", "CULTURE_SOCIETY", "COLLECTIVE", 13),
            new Cell("DISTRICT", "DEFENSE_SECURITY", "COLLECTIVE", 3),
            new Cell("GRASSROOTS", "POLITICAL_SYSTEM", "COLLECTIVE", 15),
            new Cell("GRASSROOTS", "POLITICAL_SYSTEM", "INDIVIDUAL", 2),
            new Cell("GRASSROOTS", "ECONOMY", "COLLECTIVE", 16),
            new Cell("GRASSROOTS", "ECONOMY", "INDIVIDUAL", 15),
            new Cell("GRASSROOTS", "CULTURE_SOCIETY", "COLLECTIVE", 20),
            new Cell("GRASSROOTS", "CULTURE_SOCIETY", "INDIVIDUAL", 9),
            new Cell("GRASSROOTS", "DEFENSE_SECURITY", "COLLECTIVE", 12));

    /** The district's communes and agencies the registrations are spread over. */
    static final List<String> UNITS = List.of("04063", "04066", "04069", "04072", "04075", "04078", "04081", "04084",
            "04087", "04090", "04093", "04096", "04099", "04102", "124.PNV", "124.HND", "04096.THCS");

    private Seed004Breakdown() {
    }

    /** One registration body per model of the breakdown, as units would send them. */
    static List<String> registrations() {
        List<String> bodies = new ArrayList<>();
        int n = 0;
        for (Cell cell : CELLS) {
            for (int i = 0; i < cell.count(); i++, n++) {
                String unit = UNITS.get(n % UNITS.size());
                bodies.add("""
                        {"year": 2022, "unitCode": "%s", "level": "%s", "field": "%s", "ownerType": "%s",
                         "kind": "MODEL", "name": "Mô hình dân vận khéo số %d", "address": "Yên Châu, Sơn La",
                         "content": "Vận động nhân dân tham gia", "ownerName": "Chủ mô hình %d",
                         "personInCharge": "Người phụ trách %d", "startDate": "2022-01-01", "endDate": "2022-12-31"}
                        """.formatted(unit, cell.level(), cell.field(), cell.ownerType(), n + 1, n + 1, n + 1));
            }
        }
        return bodies;
    }
}
