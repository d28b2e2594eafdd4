package vn.dvk.award.catalogue.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.award.catalogue.domain.AwardCatalogue;
import vn.dvk.award.catalogue.domain.AwardForm;
import vn.dvk.award.catalogue.domain.CouncilRule;
import vn.dvk.award.catalogue.domain.Reward;
import vn.dvk.contracts.catalog.AwardFormKind;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.contracts.catalog.UnitLevel;

/** The award forms and the whole catalogue they come from, with the legal basis of every figure. */
@RestController
@Tag(name = "Hình thức khen thưởng / Award forms", description = "Danh mục hình thức, mức tiền thưởng, tiêu chuẩn")
public class AwardFormController {

    private final AwardCatalogue catalogue;
    private final Clock clock;

    public AwardFormController(AwardCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** A form, with the money per recipient type on {@code asOf}. */
    public record FormResponse(String code, AwardFormKind kind, String kindLabel, String name,
                               UnitLevel issuingLevel, List<RecipientType> recipients, LocalDate asOf,
                               Map<RecipientType, RewardResponse> rewards, CouncilRule council) {
    }

    /** The money of one recipient type, or why there is none. */
    public record RewardResponse(BigDecimal coefficient, long baseSalary, long amount, String basis,
                                 String baseSalaryBasis) {
        static RewardResponse of(Reward reward) {
            return new RewardResponse(reward.coefficient(), reward.baseSalary(), reward.amount(), reward.basis(),
                    reward.baseSalaryBasis());
        }
    }

    @GetMapping("/api/v1/award-forms")
    @Operation(summary = "Hình thức khen thưởng / Award forms",
            description = "Mức tiền thưởng theo loại đối tượng = hệ số × mức lương cơ sở áp dụng ngày asOf (mặc định"
                    + " hôm nay), làm tròn theo nghị định; kèm căn cứ pháp lý.")
    public List<FormResponse> forms(@RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return catalogue.forms().stream().map(form -> of(form, date)).toList();
    }

    @GetMapping("/api/v1/award-catalogue")
    @Operation(summary = "Toàn bộ danh mục khen thưởng / The whole catalogue",
            description = "Hình thức, mức lương cơ sở theo thời gian, tiêu chuẩn theo phong trào và dịp, chỉ tiêu,"
                    + " quỹ khen thưởng, thời gian công khai.")
    public AwardCatalogue catalogue() {
        return catalogue;
    }

    private FormResponse of(AwardForm form, LocalDate date) {
        Map<RecipientType, RewardResponse> rewards = new TreeMap<>();
        if (form.scaleOn(date).isPresent() && catalogue.baseSalaryOn(date).isPresent()) {
            form.recipients().forEach(type -> rewards.put(type,
                    RewardResponse.of(catalogue.rewardOf(form, type, date))));
        }
        return new FormResponse(form.code(), form.kind(), form.kind().label(), form.name(), form.issuingLevel(),
                form.recipients().stream().sorted().toList(), date, rewards, form.council());
    }
}
