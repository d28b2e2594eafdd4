package vn.dvk.evaluation.inspection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.evaluation.campaign.application.KnownCampaigns;
import vn.dvk.evaluation.inspection.domain.AlreadyInspected;
import vn.dvk.evaluation.inspection.domain.DuplicatePlan;
import vn.dvk.evaluation.inspection.domain.Inspection;
import vn.dvk.evaluation.inspection.domain.InspectionCorrections;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.evaluation.inspection.domain.InspectionPlans;
import vn.dvk.evaluation.inspection.domain.Inspections;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.shared.domain.Correction;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** Inspection plans with their teams and targets, and the inspections recorded against them. */
@Service
public class InspectionPlanService {

    /** A target as the request names it: a unit, a model, or both, and the key of its team. */
    public record TargetDraft(String unitCode, String unitName, String modelId, String teamKey) {
    }

    /** A plan as the Steering Committee issues it, and who published it. */
    public record PublishPlan(int year, InspectionRound round, String name, String decisionNumber,
                              LocalDate decisionDate, String issuingUnitCode, List<TargetDraft> targets,
                              List<InspectionPlan.TeamDraft> teams, String publishedBy, String campaignId,
                              boolean confirmDuplicate) {
    }

    /** An inspection as the team records it. */
    public record RecordInspection(String targetId, LocalDate inspectedOn, String findings, String minutes,
                                   String recordedBy) {
    }

    /** A plan with the inspections done so far. */
    public record PlanView(InspectionPlan plan, List<Inspection> inspections) {
    }

    private final KnownModels models;
    private final KnownCampaigns campaigns;
    private final InspectionPlans plans;
    private final Inspections inspections;
    private final InstanceScope scope;
    private final Clock clock;

    public InspectionPlanService(KnownModels models, KnownCampaigns campaigns, InspectionPlans plans,
                                 Inspections inspections, InstanceScope scope, Clock clock) {
        this.models = models;
        this.campaigns = campaigns;
        this.plans = plans;
        this.inspections = inspections;
        this.scope = scope;
        this.clock = clock;
    }

    public InspectionPlan publish(PublishPlan command) {
        return publishAs(ResourceIds.next(), command);
    }

    /** Publishes a plan under a given id (demo data uses a fixed one so that loading it twice is harmless). */
    public InspectionPlan publishAs(String id, PublishPlan command) {
        AdministrativeUnit issuer = scope.requireWritable("issuingUnitCode", command.issuingUnitCode());
        String issuerPath = scope.pathOf(issuer.code());
        InspectionPlan.checkTeams(command.teams(), command.targets().stream().map(TargetDraft::teamKey).toList());
        InspectionPlan.checkDecisionDate(command.decisionDate(), command.year(), LocalDate.now(clock));
        String campaignId = Texts.trimToNull(command.campaignId());
        if (campaignId != null) {
            campaigns.require(campaignId);
        }
        List<InspectionPlan.Target> targets = new ArrayList<>();
        for (int i = 0; i < command.targets().size(); i++) {
            targets.add(resolve("targets[" + i + "]", "t" + (i + 1), command.targets().get(i), issuerPath,
                    command.year()));
        }
        List<InspectionPlan.Team> teams = command.teams().stream()
                .map(team -> new InspectionPlan.Team(team.key(), team.name(), team.members())).toList();
        InspectionPlan plan = new InspectionPlan(id, issuer.code(), issuerPath, command.year(), command.round(),
                command.name().strip(), Texts.trimToNull(command.decisionNumber()), command.decisionDate(), targets,
                teams, command.publishedBy(), clock.instant(), campaignId);
        if (!command.confirmDuplicate()) {
            plans.concerning(issuerPath, command.year()).stream().filter(plan::repeats).findFirst()
                    .ifPresent(existing -> {
                        throw new DuplicatePlan(existing);
                    });
        }
        InspectionPlanPublished event = new InspectionPlanPublished(id, plan.issuingUnitCode(), plan.unitPath(),
                plan.year(), plan.round(), plan.name(), plan.decisionNumber(), plan.decisionDate(),
                targets.stream().map(t -> new InspectionPlanPublished.Target(t.targetId(), t.unitCode(),
                        t.unitPath(), t.unitName(), t.modelId(), t.teamId())).toList(),
                teams.stream().map(team -> new InspectionPlanPublished.Team(team.teamId(), team.name(),
                        team.members().stream().map(m -> new InspectionPlanPublished.Member(m.name(), m.position(),
                                m.role())).toList())).toList(),
                plan.publishedBy(), plan.publishedAt());
        plans.add(plan, new OutboundEvent<>(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, id, issuerPath, event));
        return plan;
    }

    private InspectionPlan.Target resolve(String field, String targetId, TargetDraft draft, String issuerPath,
                                          int year) {
        String unitCode = Texts.trimToNull(draft.unitCode());
        String modelId = Texts.trimToNull(draft.modelId());
        if (unitCode == null && modelId == null) {
            throw Rejection.invalid(field + ".unitCode", "cần mã đơn vị hoặc mã mô hình");
        }
        ModelView model = modelId == null ? null : models.require(field + ".modelId", modelId);
        String code = unitCode != null ? unitCode : model.unitCode();
        AdministrativeUnit unit = scope.requireWritable(field + ".unitCode", code);
        String path = scope.pathOf(unit.code());
        if (!UnitDirectory.pathIsWithin(path, issuerPath)) {
            throw Rejection.unprocessable("target-outside-issuer", field + ".unitCode", "Đơn vị '" + code
                    + "' không thuộc đơn vị ban hành kế hoạch.");
        }
        if (model != null) {
            InspectionPlan.checkTargetModel(field, model.id(), model.firstYear(), model.lastYear(), model.unitPath(),
                    year, path);
        }
        String name = Texts.trimToNull(draft.unitName());
        return new InspectionPlan.Target(targetId, unit.code(), path, name == null ? unit.fullName() : name, modelId,
                Texts.trimToNull(draft.teamKey()));
    }

    /**
     * Records the inspection of one of a plan's targets. Only the level that issued the plan, or one above it,
     * records its inspections: officials below see the plan but its teams are not theirs (403).
     */
    public String recordInspection(String planId, RecordInspection command) {
        InspectionPlan plan = requirePlan(planId);
        if (!scope.isVisible(plan.unitPath())) {
            throw Rejection.outOfScope("plan-of-a-higher-level", null, "Kế hoạch kiểm tra '" + planId + "' do "
                    + scope.directory().find(plan.issuingUnitCode()).map(AdministrativeUnit::fullName)
                    .orElse(plan.issuingUnitCode()) + " ban hành; chỉ Ban Chỉ đạo cấp đó (hoặc cấp trên) ghi biên bản"
                    + " kiểm tra.");
        }
        InspectionPlan.Target target = plan.requireTarget(command.targetId().strip());
        List<Inspection> ofTarget = inspections.ofTarget(planId, target.targetId());
        if (ofTarget.stream().anyMatch(Inspection::counts)) {
            throw new AlreadyInspected(target);
        }
        String id = Inspection.idOf(planId, target.targetId(), ofTarget.size());
        if (inspections.exists(id)) {
            throw new AlreadyInspected(target);
        }
        plan.checkInspectionDate(command.inspectedOn(), LocalDate.now(clock));
        Inspection inspection = new Inspection(id, planId, target.targetId(), plan.year(), plan.round(),
                target.unitCode(), target.unitPath(), target.unitName(), target.modelId(), target.teamId(),
                command.inspectedOn(), command.findings().strip(), Texts.trimToNull(command.minutes()),
                command.recordedBy().strip(), clock.instant(), List.of());
        try {
            inspections.add(inspection, new OutboundEvent<>(EvaluationEvents.INSPECTION_COMPLETED, planId,
                    target.unitPath(), new InspectionCompleted(id, planId, target.targetId(), plan.year(),
                    plan.round(), target.unitCode(), target.unitPath(), target.unitName(), target.modelId(),
                    target.teamId(), inspection.inspectedOn(), inspection.findings(), inspection.recordedBy(),
                    inspection.recordedAt())));
        } catch (AlreadyExists e) {
            // the same target was inspected by another request between the check above and this write
            throw new AlreadyInspected(target);
        }
        return id;
    }

    /**
     * Cancels an inspection recorded by mistake, for {@code reason}: the Steering Committee of the unit that issued
     * the plan does it, the inspection stays marked as cancelled, no longer counts as the target's inspection (nor
     * as the evidence a year-end verdict rests on), and the target may be inspected again.
     */
    public Inspection cancelInspection(Caller official, String inspectionId, String reason) {
        return correctInspection(official, inspectionId, null, null, reason);
    }

    /**
     * Replaces the findings (and the minutes, when given) of an inspection recorded wrongly, for {@code reason}; the
     * replaced ones stay in the inspection's corrections. A cancellation when {@code findings} is null.
     */
    public Inspection correctInspection(Caller official, String inspectionId, String findings, String minutes,
                                        String reason) {
        String why = Correction.requireReason(reason);
        Inspection inspection = inspection(inspectionId);
        InspectionPlan plan = plans.find(inspection.planId())
                .orElseThrow(() -> Rejection.notFound("kế hoạch kiểm tra", inspection.planId()));
        InspectionCorrections.requirePlanLevel(plan, official.unitCode(), scope.directory()
                .find(plan.issuingUnitCode()).map(AdministrativeUnit::fullName).orElse(plan.issuingUnitCode()));
        InspectionCorrections.requireStanding(inspection);
        boolean cancels = findings == null;
        String newMinutes = Texts.trimToNull(minutes);
        if (!cancels) {
            InspectionCorrections.requireNewFindings(inspection, findings, newMinutes);
        }
        DecisionCorrected.Action action = cancels ? DecisionCorrected.Action.CANCELLED
                : DecisionCorrected.Action.CORRECTED;
        Correction correction = new Correction(action, why, official.signature(), clock.instant());
        Inspection corrected = cancels ? inspection.cancelled(correction)
                : inspection.corrected(findings, newMinutes, correction);
        inspections.correct(corrected, new OutboundEvent<>(EvaluationEvents.DECISION_CORRECTED, plan.id(),
                inspection.unitPath(), new DecisionCorrected(DecisionCorrected.Record.INSPECTION, inspection.id(),
                inspection.modelId(), inspection.unitPath(), action, null, inspection.year(), null,
                cancels ? null : findings, why, correction.correctedBy(), correction.correctedAt())));
        return corrected;
    }

    /**
     * Keeps a copy of a plan issued by a unit above this instance's scope (reference data that flows down, ADR 0018),
     * so that the units here see the plans that target them. A plan issued inside the scope is an aggregate of the
     * instance that issued it and is not copied.
     */
    public void follow(InspectionPlanPublished published) {
        if (scope.coversPath(published.unitPath())) {
            return;
        }
        plans.keepIssuedAbove(InspectionPlan.announced(published));
    }

    /** The plan, unless it neither was issued in this instance's scope nor targets a unit there. */
    public Optional<InspectionPlan> find(String planId) {
        return plans.find(planId).filter(plan -> plan.concerns(scope.path()));
    }

    public boolean exists(String planId) {
        return plans.find(planId).isPresent();
    }

    /** Whether the target has an inspection standing: a cancelled one is as if the team had not come. */
    public boolean isInspected(String planId, String targetId) {
        return inspections.ofTarget(planId, targetId).stream().anyMatch(Inspection::counts);
    }

    public PlanView get(String planId) {
        return view(requirePlan(planId));
    }

    public Inspection inspection(String id) {
        return inspections.find(id).filter(inspection -> scope.coversPath(inspection.unitPath()))
                .orElseThrow(() -> Rejection.notFound("biên bản kiểm tra", id));
    }

    /**
     * Plans of a year (every year when null) issued inside the unit's subtree or targeting it, newest first, each
     * with the inspections of the targets the caller may see.
     */
    public List<PlanView> plans(String unitPath, Integer year) {
        return concerning(unitPath, year).stream().map(this::view).toList();
    }

    /** Plans of a year (every year when null) issued inside the unit's subtree or targeting it, newest first. */
    public List<InspectionPlan> concerning(String unitPath, Integer year) {
        return plans.concerning(unitPath, year).stream()
                .sorted(Comparator.comparing(InspectionPlan::year).reversed()
                        .thenComparing(InspectionPlan::publishedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Whether every target of the plan was inspected. */
    public boolean allInspected(InspectionPlan plan) {
        return inspections.countOfPlan(plan.id()) >= plan.targets().size();
    }

    private PlanView view(InspectionPlan plan) {
        return new PlanView(plan, inspections.ofPlanWithin(plan.id(), scope.visibleSubtree()).stream()
                .sorted(Comparator.comparing(Inspection::inspectedOn))
                .toList());
    }

    private InspectionPlan requirePlan(String planId) {
        return plans.find(planId).filter(plan -> plan.concerns(scope.path()))
                .orElseThrow(() -> Rejection.notFound("kế hoạch kiểm tra", planId));
    }
}
