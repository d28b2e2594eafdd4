package vn.dvk.platform.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.contracts.catalog.Catalogs;

/** {@code GET /api/v1/catalog}: every code list with its Vietnamese labels. */
@RestController
public class CatalogController {

    /** One code and how officials read it. */
    public record Entry(String code, String label) {
    }

    @GetMapping("/api/v1/catalog")
    public Map<String, List<Entry>> catalog() {
        Map<String, List<Entry>> result = new LinkedHashMap<>();
        Catalogs.all().forEach((name, codes) ->
                result.put(name, codes.stream().map(code -> new Entry(code.name(), code.label())).toList()));
        return result;
    }
}
