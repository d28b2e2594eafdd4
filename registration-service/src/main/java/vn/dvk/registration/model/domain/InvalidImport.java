package vn.dvk.registration.model.domain;

import java.util.List;
import vn.dvk.platform.sheet.InvalidSheet;

/**
 * A model import file was refused as a whole and nothing of it was stored; each issue names the spreadsheet row and
 * the column the official sees ({@link InvalidSheet#cell}).
 */
public class InvalidImport extends InvalidSheet {

    public InvalidImport(String message, List<FieldIssue> issues) {
        super(message, issues);
    }
}
