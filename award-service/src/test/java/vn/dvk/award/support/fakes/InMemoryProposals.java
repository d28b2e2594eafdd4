package vn.dvk.award.support.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.ProposalPage;
import vn.dvk.award.proposal.domain.ProposalQuery;
import vn.dvk.award.proposal.domain.ProposalStatus;
import vn.dvk.award.proposal.domain.Proposals;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** Proposals in a map by id, with the store's version check. */
public final class InMemoryProposals implements Proposals {

    private final Map<String, Proposal> proposals = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Proposal> find(String id) {
        return Optional.ofNullable(proposals.get(id));
    }

    @Override
    public synchronized void add(Proposal created) {
        if (proposals.putIfAbsent(created.id(), created) != null) {
            throw new AlreadyExists(created.id());
        }
    }

    @Override
    public synchronized void update(Proposal changed) {
        Proposal stored = proposals.get(changed.id());
        if (stored == null || stored.version() != changed.version() - 1) {
            throw new StaleVersion(changed.id(), changed.version() - 1);
        }
        proposals.put(changed.id(), changed);
    }

    @Override
    public synchronized ProposalPage list(ProposalQuery query) {
        List<Proposal> selected = proposals.values().stream()
                .filter(p -> query.unitPath() == null || UnitDirectory.pathIsWithin(p.unitPath(), query.unitPath()))
                .filter(p -> query.status() == null || p.status() == query.status())
                .filter(p -> query.campaignId() == null || p.campaignId().equals(query.campaignId()))
                .filter(p -> query.issuingUnitCode() == null || p.issuingUnitCode().equals(query.issuingUnitCode()))
                .filter(p -> query.year() == null || p.year() == query.year())
                .sorted(Comparator.comparing(Proposal::createdAt).reversed().thenComparing(Proposal::id))
                .toList();
        List<Proposal> page = selected.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
        return new ProposalPage(page, query.page(), query.size(), selected.size());
    }

    @Override
    public synchronized List<Proposal> granted(String issuingUnitCode, int decisionYear) {
        return proposals.values().stream()
                .filter(p -> p.status() == ProposalStatus.GRANTED && p.issuingUnitCode().equals(issuingUnitCode)
                        && p.decision().date().getYear() == decisionYear)
                .toList();
    }

    @Override
    public synchronized int grantedRecipients(String issuingUnitCode, AwardOccasion occasion, String formCode,
                                              int decisionYear) {
        return granted(issuingUnitCode, decisionYear).stream()
                .filter(p -> p.occasion() == occasion && p.formCode().equals(formCode))
                .mapToInt(p -> p.decision().recipients().size()).sum();
    }
}
