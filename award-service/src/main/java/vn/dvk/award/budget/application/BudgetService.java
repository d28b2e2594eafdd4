package vn.dvk.award.budget.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.dvk.award.budget.domain.Budget;
import vn.dvk.award.catalogue.domain.AwardCatalogue;
import vn.dvk.award.catalogue.domain.Fund;
import vn.dvk.award.proposal.domain.GrantedRecipient;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.Proposals;
import vn.dvk.platform.scope.InstanceScope;

/** Adds up the money of an issuing unit's granted awards of a year, as fixed on each decision's date. */
@Service
public class BudgetService {

    private final Proposals proposals;
    private final AwardCatalogue catalogue;
    private final InstanceScope scope;

    public BudgetService(Proposals proposals, AwardCatalogue catalogue, InstanceScope scope) {
        this.proposals = proposals;
        this.catalogue = catalogue;
        this.scope = scope;
    }

    public Budget of(String issuer, int year) {
        scope.requireReadable("issuer", issuer);
        List<Budget.Line> lines = new ArrayList<>();
        Map<String, Long> byForm = new TreeMap<>();
        Map<String, Long> byRecipientType = new TreeMap<>();
        for (Proposal proposal : proposals.granted(issuer, year)) {
            for (GrantedRecipient recipient : proposal.decision().recipients()) {
                lines.add(new Budget.Line(proposal.id(), proposal.decision().number(), proposal.decision().date(),
                        proposal.formCode(), recipient.recipientType().name(), recipient.name(),
                        recipient.coefficient(), recipient.baseSalary(), recipient.amount(), recipient.basis()));
                byForm.merge(proposal.formCode(), recipient.amount(), Long::sum);
                byRecipientType.merge(recipient.recipientType().name(), recipient.amount(), Long::sum);
            }
        }
        long total = lines.stream().mapToLong(Budget.Line::amount).sum();
        Optional<Fund> fund = catalogue.fundFor(issuer, year);
        List<String> warnings = fund.filter(f -> total > f.amount())
                .map(f -> List.of("Tổng tiền thưởng " + total + " đồng vượt quỹ khen thưởng năm " + year + " ("
                        + f.amount() + " đồng)."))
                .orElse(List.of());
        return new Budget(issuer, year, fund.map(Fund::amount).orElse(null), fund.map(Fund::basis).orElse(null),
                total, byForm, byRecipientType, lines, warnings);
    }
}
