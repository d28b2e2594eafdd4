package vn.dvk.reporting.draft.adapter;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.platform.access.UnitScoped;
import vn.dvk.reporting.document.domain.ReportKind;
import vn.dvk.reporting.draft.domain.DraftVersion;
import vn.dvk.reporting.draft.domain.ReportDraft;
import vn.dvk.reporting.draft.domain.Submission;

/**
 * A draft as stored: reporting-service's own record, not a read model (a rebuild never resets it), always read by its
 * {@code _id} (unit, year and kind), so no query scans the collection. Only the unit's subtree sees it.
 */
@Document("rpt_report_drafts")
record ReportDraftDocument(@Id String id, String unitCode, String unitPath, int year, ReportKind kind,
                           List<DraftVersion> versions, Submission submission, long version) implements UnitScoped {

    static ReportDraftDocument of(ReportDraft draft) {
        return new ReportDraftDocument(draft.id(), draft.unitCode(), draft.unitPath(), draft.year(), draft.kind(),
                draft.versions(), draft.submission(), draft.revision());
    }

    ReportDraft toDraft() {
        return new ReportDraft(id, unitCode, unitPath, year, kind, versions, submission, version);
    }
}
