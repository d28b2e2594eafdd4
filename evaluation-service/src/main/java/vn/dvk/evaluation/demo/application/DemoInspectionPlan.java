package vn.dvk.evaluation.demo.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.TeamRole;
import vn.dvk.evaluation.inspection.application.InspectionPlanService;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.platform.scope.InstanceScope;

/**
 * The 2022 inspection plan of Yên Châu district (decision 81/QĐ-UBND of 27/01/2022) and the inspections the yearly
 * report lists (seed 004 §2.5): 8 communes, 17 schools and 2 agencies. Schools missing from the unit directory are
 * recorded under the district (124) with their own name. Loading twice adds nothing.
 */
@Service
public class DemoInspectionPlan {

    public static final String PLAN_ID = "demo-2022-81-QD-UBND";
    private static final String DISTRICT = "124";
    private static final Logger log = LoggerFactory.getLogger(DemoInspectionPlan.class);

    private record Visit(String unitCode, String unitName, String teamKey, LocalDate on) {
    }

    private static final List<Visit> VISITS = List.of(
            new Visit("04102", "Ủy ban nhân dân xã Chiềng Tương", "doan-1", LocalDate.of(2022, 3, 15)),
            new Visit("04096", "Ủy ban nhân dân xã Lóng Phiêng", "doan-1", LocalDate.of(2022, 3, 22)),
            new Visit("04090", "Ủy ban nhân dân xã Chiềng Khoi", "doan-1", LocalDate.of(2022, 4, 12)),
            new Visit("04069", "Ủy ban nhân dân xã Chiềng Sàng", "doan-1", LocalDate.of(2022, 5, 10)),
            new Visit("04063", "Ủy ban nhân dân xã Chiềng Đông", "doan-1", LocalDate.of(2022, 6, 14)),
            new Visit("04084", "Ủy ban nhân dân xã Chiềng On", "doan-1", LocalDate.of(2022, 8, 9)),
            new Visit("04081", "Ủy ban nhân dân xã Mường Lựm", "doan-1", LocalDate.of(2022, 9, 13)),
            new Visit("04093", "Ủy ban nhân dân xã Tú Nang", "doan-1", LocalDate.of(2022, 10, 11)),
            new Visit("04075.MNSC", "Trường Mầm non Sơn Ca", "doan-2", LocalDate.of(2022, 3, 17)),
            new Visit("04096.THCS", "Trường THCS Lóng Phiêng", "doan-2", LocalDate.of(2022, 3, 23)),
            new Visit("04096.THA", "Trường TH Lóng Phiêng A", "doan-2", LocalDate.of(2022, 3, 24)),
            new Visit("04096.THB", "Trường TH Lóng Phiêng B", "doan-2", LocalDate.of(2022, 3, 25)),
            new Visit(DISTRICT, "Trường Mầm non Hoa Ban", "doan-2", LocalDate.of(2022, 4, 14)),
            new Visit(DISTRICT, "Trường TH-THCS Đông Bâu", "doan-2", LocalDate.of(2022, 4, 15)),
            new Visit("04084.THCS", "Trường PTDTBT THCS Chiềng On", "doan-2", LocalDate.of(2022, 8, 10)),
            new Visit(DISTRICT, "Trường TH Nà Cài", "doan-2", LocalDate.of(2022, 8, 11)),
            new Visit("04084.TH", "Trường TH Chiềng On", "doan-2", LocalDate.of(2022, 8, 12)),
            new Visit(DISTRICT, "Trường Mầm non Bình Minh", "doan-2", LocalDate.of(2022, 9, 6)),
            new Visit("04063.THCS", "Trường THCS Chiềng Đông", "doan-2", LocalDate.of(2022, 6, 15)),
            new Visit("04063.THA", "Trường TH Chiềng Đông A", "doan-2", LocalDate.of(2022, 6, 16)),
            new Visit("04063.THB", "Trường TH Chiềng Đông B", "doan-2", LocalDate.of(2022, 6, 17)),
            new Visit(DISTRICT, "Trường Mầm non Sao Mai", "doan-2", LocalDate.of(2022, 9, 7)),
            new Visit("04093.TH", "Trường Tiểu học Tú Nang", "doan-2", LocalDate.of(2022, 10, 12)),
            new Visit(DISTRICT, "Trường TH-THCS Tà Làng", "doan-2", LocalDate.of(2022, 10, 13)),
            new Visit("04093.THCS", "Trường THCS Tú Nang", "doan-2", LocalDate.of(2022, 10, 14)),
            new Visit("124.PLDTBXH", "Phòng Lao động - Thương binh và Xã hội", "doan-3", LocalDate.of(2022, 5, 17)),
            new Visit("124.TTR", "Thanh tra huyện", "doan-3", LocalDate.of(2022, 5, 18)));

    private static final List<InspectionPlan.TeamDraft> TEAMS = List.of(
            new InspectionPlan.TeamDraft("doan-1", "Đoàn kiểm tra số 1 (các xã)", List.of(
                    new InspectionPlan.Member("Lãnh đạo UBND huyện", "Phó Chủ tịch UBND huyện", TeamRole.HEAD),
                    new InspectionPlan.Member("Lãnh đạo Ban Dân vận Huyện ủy", "Phó Trưởng Ban Dân vận",
                            TeamRole.MEMBER),
                    new InspectionPlan.Member("Chuyên viên Phòng Nội vụ", "Chuyên viên", TeamRole.SECRETARY))),
            new InspectionPlan.TeamDraft("doan-2", "Đoàn kiểm tra số 2 (các trường học)", List.of(
                    new InspectionPlan.Member("Lãnh đạo Phòng Nội vụ", "Trưởng phòng Nội vụ", TeamRole.HEAD),
                    new InspectionPlan.Member("Lãnh đạo Phòng Giáo dục và Đào tạo", "Phó Trưởng phòng",
                            TeamRole.MEMBER),
                    new InspectionPlan.Member("Chuyên viên Phòng Nội vụ", "Chuyên viên", TeamRole.SECRETARY))),
            new InspectionPlan.TeamDraft("doan-3", "Đoàn kiểm tra số 3 (các cơ quan chuyên môn)", List.of(
                    new InspectionPlan.Member("Lãnh đạo Văn phòng HĐND và UBND huyện", "Chánh Văn phòng",
                            TeamRole.HEAD),
                    new InspectionPlan.Member("Chuyên viên Phòng Nội vụ", "Chuyên viên", TeamRole.SECRETARY))));

    private final InspectionPlanService plans;
    private final InstanceScope scope;

    public DemoInspectionPlan(InspectionPlanService plans, InstanceScope scope) {
        this.plans = plans;
        this.scope = scope;
    }

    /** Loads what is missing of the plan and its inspections; returns how many inspections it added. */
    public int load() {
        if (!scope.covers(DISTRICT)) {
            log.info("demo inspection plan skipped: district {} lies outside scope {}", DISTRICT, scope.code());
            return 0;
        }
        if (!plans.exists(PLAN_ID)) {
            List<InspectionPlanService.TargetDraft> targets = new ArrayList<>();
            VISITS.forEach(visit -> targets.add(new InspectionPlanService.TargetDraft(visit.unitCode(),
                    visit.unitName(), null, visit.teamKey())));
            plans.publishAs(PLAN_ID, new InspectionPlanService.PublishPlan(2022, InspectionRound.YEAR_END,
                    "Kế hoạch kiểm tra việc triển khai thực hiện công tác cải cách hành chính hoạt động công vụ;"
                            + " công tác dân vận, dân chủ; công tác văn thư lưu trữ, thi đua khen thưởng năm 2022",
                    "81/QĐ-UBND", LocalDate.of(2022, 1, 27), DISTRICT, targets, TEAMS,
                    "Ủy ban nhân dân huyện Yên Châu", null, false));
        }
        int added = 0;
        for (int i = 0; i < VISITS.size(); i++) {
            String targetId = "t" + (i + 1);
            if (plans.isInspected(PLAN_ID, targetId)) {
                continue;
            }
            Visit visit = VISITS.get(i);
            plans.recordInspection(PLAN_ID, new InspectionPlanService.RecordInspection(targetId, visit.on(),
                    "Đã kiểm tra công tác dân chủ, dân vận, thi đua - khen thưởng tại " + visit.unitName()
                            + "; đơn vị triển khai phong trào thi đua \"Dân vận khéo\" theo kế hoạch.",
                    "Biên bản kiểm tra tại " + visit.unitName() + " ngày " + visit.on() + ".",
                    TEAMS.stream().filter(team -> team.key().equals(visit.teamKey())).findFirst()
                            .map(InspectionPlan.TeamDraft::name).orElse(visit.teamKey())));
            added++;
        }
        log.info("demo inspection plan {}: {} inspections added", PLAN_ID, added);
        return added;
    }
}
