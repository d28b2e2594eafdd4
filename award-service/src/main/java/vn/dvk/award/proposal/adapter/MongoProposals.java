package vn.dvk.award.proposal.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.award.catalogue.domain.AwardCatalogue;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.ProposalPage;
import vn.dvk.award.proposal.domain.ProposalQuery;
import vn.dvk.award.proposal.domain.ProposalStatus;
import vn.dvk.award.proposal.domain.Proposals;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.scope.Subtree;

/** Proposals as {@link ProposalDocument}s, each change written with its event (if any) through the outbox. */
@Repository
class MongoProposals implements Proposals {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final AwardCatalogue catalogue;

    MongoProposals(AggregateStore store, MongoTemplate mongo, AwardCatalogue catalogue) {
        this.store = store;
        this.mongo = mongo;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<Proposal> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ProposalDocument.class)).map(ProposalDocument::toProposal);
    }

    @Override
    public void add(Proposal created) {
        store.save(ProposalDocument.of(created), created.id(), 0, List.of());
    }

    @Override
    public void update(Proposal changed) {
        store.save(ProposalDocument.of(changed), changed.id(), changed.version() - 1, ProposalEvents.announce(changed,
                catalogue.form(changed.formCode()).orElseThrow()));
    }

    @Override
    public ProposalPage list(ProposalQuery filter) {
        Query query = Query.query(Subtree.of("unitPath", filter.unitPath()));
        if (filter.status() != null) {
            query.addCriteria(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.campaignId() != null) {
            query.addCriteria(Criteria.where("campaignId").is(filter.campaignId()));
        }
        if (filter.issuingUnitCode() != null) {
            query.addCriteria(Criteria.where("issuingUnitCode").is(filter.issuingUnitCode()));
        }
        if (filter.year() != null) {
            query.addCriteria(Criteria.where("year").is(filter.year()));
        }
        long total = mongo.count(query, ProposalDocument.class);
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))
                .skip((long) filter.page() * filter.size()).limit(filter.size());
        return new ProposalPage(mongo.find(query, ProposalDocument.class).stream().map(ProposalDocument::toProposal)
                .toList(), filter.page(), filter.size(), total);
    }

    @Override
    public List<Proposal> granted(String issuingUnitCode, int decisionYear) {
        return grantedQuery(issuingUnitCode, decisionYear).stream().map(ProposalDocument::toProposal).toList();
    }

    @Override
    public int grantedRecipients(String issuingUnitCode, AwardOccasion occasion, String formCode, int decisionYear) {
        return grantedQuery(issuingUnitCode, decisionYear).stream()
                .filter(p -> p.occasion() == occasion && p.formCode().equals(formCode))
                .mapToInt(ProposalDocument::grantedCount).sum();
    }

    private List<ProposalDocument> grantedQuery(String issuingUnitCode, int decisionYear) {
        return mongo.find(Query.query(Criteria.where("issuingUnitCode").is(issuingUnitCode).and("decisionYear")
                .is(decisionYear).and("status").is(ProposalStatus.GRANTED.name())), ProposalDocument.class);
    }
}
