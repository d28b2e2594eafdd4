package vn.dvk.registration.campaign.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.web.Versions;
import vn.dvk.registration.campaign.application.CampaignService;
import vn.dvk.registration.campaign.domain.Campaign;

/** Campaigns and plans with their phases and targets: {@code /api/v1/campaigns}. */
@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Phong trào, kế hoạch / Campaigns", description = "Phong trào thi đua, kế hoạch, đợt và chỉ tiêu")
public class CampaignController {

    private final CampaignService campaigns;

    public CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** A campaign as the API shows it. */
    public record CampaignResponse(String id, String issuingUnitCode, String issuingUnitPath, String name,
                                   String documentNumber, LocalDate documentDate, int startYear, int endYear,
                                   String parentCampaignId, List<CampaignSnapshot.Phase> phases,
                                   List<CampaignSnapshot.Target> targets, long version, Instant createdAt,
                                   Instant updatedAt) {
        static CampaignResponse of(Campaign c) {
            return new CampaignResponse(c.id(), c.issuingUnitCode(), c.issuingUnitPath(), c.name(),
                    c.documentNumber(), c.documentDate(), c.startYear(), c.endYear(), c.parentCampaignId(),
                    c.phases(), c.targets(), c.version(), c.createdAt(), c.updatedAt());
        }
    }

    @PostMapping
    @Operation(summary = "Ban hành phong trào/kế hoạch / Publish a campaign or plan",
            description = "Idempotency-Key tùy chọn. 403 đơn vị ban hành ngoài phạm vi, 422 đơn vị không có,"
                    + " năm/ngày ngược (trường được nêu), kế hoạch cấp trên không có.")
    public ResponseEntity<CampaignResponse> publish(@Valid @RequestBody CampaignRequest request,
            Caller caller) {
        Campaign campaign = campaigns.publish(request.toDraft(), caller.signature());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id()))
                .eTag(Versions.etag(campaign.version())).body(CampaignResponse.of(campaign));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa phong trào/kế hoạch / Update a campaign",
            description = "Bắt buộc If-Match: <version>; thiếu → 400 (trường If-Match), phiên bản cũ → 409.")
    public ResponseEntity<CampaignResponse> update(@PathVariable String id,
            @Valid @RequestBody CampaignRequest request,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        Campaign campaign = campaigns.update(id, Versions.required(ifMatch), request.toDraft(),
                caller.signature());
        return ResponseEntity.ok().eTag(Versions.etag(campaign.version())).body(CampaignResponse.of(campaign));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem phong trào/kế hoạch / Get a campaign")
    public ResponseEntity<CampaignResponse> get(@PathVariable String id) {
        Campaign campaign = campaigns.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(campaign.version())).body(CampaignResponse.of(campaign));
    }

    @GetMapping
    @Operation(summary = "Danh sách phong trào/kế hoạch / List campaigns",
            description = "unit: ban hành bởi đơn vị, cấp dưới hoặc cấp trên của đơn vị (mặc định: đơn vị của phiên"
                    + " bản này);"
                    + " year: năm nằm trong giai đoạn.")
    public List<CampaignResponse> list(@RequestedUnit UnitSelection unit,
                                       @RequestParam(required = false) Integer year) {
        return campaigns.list(unit.path(), year).stream().map(CampaignResponse::of).toList();
    }
}
