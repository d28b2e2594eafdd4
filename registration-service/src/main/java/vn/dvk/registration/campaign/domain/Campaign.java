package vn.dvk.registration.campaign.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.domain.Rejection;

/**
 * A campaign or plan (phong trào, kế hoạch) issued by a unit for its subtree, with its legal basis, period, phases
 * (đợt) and targets (chỉ tiêu). A lower level's plan names its parent campaign. The version counts events.
 */
public record Campaign(String id, String issuingUnitCode, String issuingUnitPath, String name,
                       String documentNumber, LocalDate documentDate, int startYear, int endYear,
                       String parentCampaignId, List<CampaignSnapshot.Phase> phases,
                       List<CampaignSnapshot.Target> targets, Instant createdAt, Instant updatedAt, long version) {

    public Campaign {
        phases = phases == null ? List.of() : List.copyOf(phases);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A new campaign at version 1 (announced by its published event). */
    public static Campaign publish(String id, CampaignDraft draft, String issuingUnitPath, Instant at) {
        return of(id, draft, issuingUnitPath, at, at, 1);
    }

    /** The campaign as the draft revises it, one version higher (announced by its updated event). */
    public Campaign revise(CampaignDraft draft, String draftUnitPath, Instant at) {
        return of(id, draft, draftUnitPath, createdAt, at, version + 1);
    }

    private static Campaign of(String id, CampaignDraft draft, String issuingUnitPath, Instant createdAt,
                               Instant updatedAt, long version) {
        checkPeriod(draft.startYear(), draft.endYear(), draft.phases(), draft.targets());
        if (id.equals(draft.parentCampaignId())) {
            throw Rejection.unprocessable("invalid-parent", "parentCampaignId",
                    "Kế hoạch không thể là kế hoạch cấp trên của chính nó.");
        }
        return new Campaign(id, draft.issuingUnitCode(), issuingUnitPath, draft.name(), draft.documentNumber(),
                draft.documentDate(), draft.startYear(), draft.endYear(), draft.parentCampaignId(), draft.phases(),
                draft.targets(), createdAt, updatedAt, version);
    }

    /**
     * A campaign another instance published, as its event announced it: a copy kept by an instance scoped below the
     * issuing unit, so that its models can be registered under it.
     */
    public static Campaign announced(CampaignSnapshot snapshot, Instant createdAt, Instant updatedAt) {
        return new Campaign(snapshot.id(), snapshot.issuingUnitCode(), snapshot.issuingUnitPath(), snapshot.name(),
                snapshot.documentNumber(), snapshot.documentDate(), snapshot.startYear(), snapshot.endYear(),
                snapshot.parentCampaignId(), snapshot.phases(), snapshot.targets(), createdAt, updatedAt,
                snapshot.version());
    }

    /** Does the campaign's period include the year? */
    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }

    public CampaignSnapshot snapshot() {
        return new CampaignSnapshot(id, issuingUnitCode, issuingUnitPath, name, documentNumber, documentDate,
                startYear, endYear, parentCampaignId, phases, targets, version);
    }

    /** Checks what annotations cannot: the period, the phases' dates and the targets' years lie in order. */
    public static void checkPeriod(int startYear, int endYear, List<CampaignSnapshot.Phase> phases,
                                   List<CampaignSnapshot.Target> targets) {
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        if (endYear < startYear) {
            problems.add(new Rejection.FieldIssue("endYear",
                    "năm kết thúc (" + endYear + ") không được trước năm bắt đầu (" + startYear + ")"));
        }
        for (int i = 0; i < phases.size(); i++) {
            CampaignSnapshot.Phase phase = phases.get(i);
            if (phase.endDate().isBefore(phase.startDate())) {
                problems.add(new Rejection.FieldIssue("phases[" + i + "].endDate",
                        "ngày kết thúc đợt không được trước ngày bắt đầu"));
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            Integer year = targets.get(i).year();
            if (year != null && (year < startYear || year > endYear)) {
                problems.add(new Rejection.FieldIssue("targets[" + i + "].year",
                        "năm " + year + " nằm ngoài giai đoạn " + startYear + "-" + endYear));
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejection.Unprocessable("invalid-period",
                    problems.get(0).field() + ": " + problems.get(0).message(), problems);
        }
    }
}
