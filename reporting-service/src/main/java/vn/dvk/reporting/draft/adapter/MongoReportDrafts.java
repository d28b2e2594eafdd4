package vn.dvk.reporting.draft.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.dvk.contracts.reporting.ReportSubmitted;
import vn.dvk.contracts.reporting.ReportingEvents;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.reporting.draft.domain.DraftExists;
import vn.dvk.reporting.draft.domain.ReportDraft;
import vn.dvk.reporting.draft.domain.ReportDrafts;
import vn.dvk.reporting.draft.domain.Submission;

/** Drafts as {@link ReportDraftDocument}s; the submission is written with its event through the platform outbox. */
@Repository
class MongoReportDrafts implements ReportDrafts {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    MongoReportDrafts(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @Override
    public Optional<ReportDraft> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReportDraftDocument.class)).map(ReportDraftDocument::toDraft);
    }

    @Override
    public void add(ReportDraft draft) {
        try {
            store.save(ReportDraftDocument.of(draft), draft.id(), 0, List.of());
        } catch (AlreadyExists taken) {
            throw new DraftExists(draft.id());
        }
    }

    @Override
    public void update(ReportDraft edited) {
        store.save(ReportDraftDocument.of(edited), edited.id(), edited.revision() - 1, List.of());
    }

    @Override
    public void submitted(ReportDraft draft) {
        Submission sent = draft.submission();
        ReportSubmitted event = new ReportSubmitted(draft.id(), draft.unitCode(), draft.unitPath(), draft.year(),
                draft.kind().name(), sent.version(), draft.version(sent.version()).orElseThrow().text().reportDate(),
                sent.deadline(), sent.late(), sent.figures().stream()
                        .map(figure -> new ReportSubmitted.Figure(figure.key(), figure.label(), figure.value()))
                        .toList(), sent.submittedBy(), sent.submittedAt());
        store.save(ReportDraftDocument.of(draft), draft.id(), draft.revision() - 1,
                List.of(new OutboundEvent<>(ReportingEvents.REPORT_SUBMITTED, draft.id(), draft.unitPath(), event)));
    }
}
