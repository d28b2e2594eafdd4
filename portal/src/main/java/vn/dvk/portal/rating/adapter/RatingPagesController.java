package vn.dvk.portal.rating.adapter;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.rating.domain.YearlyRecords;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.unit.adapter.UnitListFilter;
import vn.dvk.portal.unit.adapter.UnitListPages;

/**
 * Task-completion ratings and titles of a unit's subtree for a year, and their import from Excel: the template of
 * each list through the gateway, the upload, and every cell's problem in a table when the service refuses the file
 * (it records every row or none).
 */
@Controller
class RatingPagesController {

    private final YearlyRecords records;
    private final UnitListPages listPages;

    RatingPagesController(YearlyRecords records, UnitListPages listPages) {
        this.records = records;
        this.listPages = listPages;
    }

    @GetMapping("/ratings")
    String list(@ModelAttribute("official") Official official, UnitListFilter filter, Model page) {
        String unit = listPages.show(official, filter, "/ratings", page).unit().code();
        page.addAttribute("ratings", records.ratings(unit, filter.getYear()));
        page.addAttribute("titles", records.titles(unit, filter.getYear()));
        page.addAttribute("years", listPages.years(0));
        return "ratings/list";
    }

    @GetMapping("/ratings/import")
    String importPage(@RequestParam(defaultValue = "RATINGS") YearlyRecords.Kind kind, Model page) {
        page.addAttribute("kind", kind);
        return "ratings/import";
    }

    @PostMapping("/ratings/import")
    String importFile(@RequestParam(defaultValue = "RATINGS") YearlyRecords.Kind kind,
                      @RequestParam("file") MultipartFile file, Model page) throws IOException {
        page.addAttribute("kind", kind);
        page.addAttribute("filename", file.getOriginalFilename());
        try {
            page.addAttribute("imported", records.importSheet(kind, new FileContent(file.getOriginalFilename(),
                    file.getContentType(), file.getBytes())));
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 403) {
                throw refusal;
            }
            page.addAttribute("problem", refusal.problem());
        }
        return "ratings/import";
    }
}
