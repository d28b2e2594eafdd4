package vn.dvk.registration.model.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.registration.model.domain.ModelDetails;

/** Body of {@code POST /api/v1/models} and {@code PUT /api/v1/models/{id}} (see the API contract). */
public record ModelRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 50) String unitCode,
        @NotNull ManagementLevel level,
        @NotNull Field field,
        @NotNull OwnerType ownerType,
        ModelKind kind,
        @NotBlank @Size(max = ModelDetails.NAME_MAX) String name,
        @NotBlank @Size(max = ModelDetails.TEXT_MAX) String address,
        @NotBlank @Size(max = ModelDetails.CONTENT_MAX) String content,
        @NotBlank @Size(max = ModelDetails.TEXT_MAX) String ownerName,
        @NotBlank @Size(max = ModelDetails.TEXT_MAX) String personInCharge,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Size(max = 100) String campaignId,
        @Size(max = 100) String replicatedFrom,
        @Schema(description = "Mã người trong sổ người (award-service) khi chủ mô hình là cá nhân")
        @Size(max = 100) String ownerPersonId) {

    ModelDetails toDetails() {
        return new ModelDetails(year, unitCode, level, field, ownerType, kind, name, address, content, ownerName,
                personInCharge, startDate, endDate, campaignId, replicatedFrom, ownerPersonId);
    }
}
