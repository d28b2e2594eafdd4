package vn.dvk.registration.model.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.platform.domain.Rejection;

/**
 * What a unit states when it registers or edits a model (plan 26-KH/BCĐ: name, address, implementation time,
 * content, owner and person in charge, collective or individual), plus year, unit, level, field and campaign.
 * Text is trimmed; the kind defaults to {@link ModelKind#MODEL}. An individual owner may also be given as a person
 * of award-service's registry ({@code ownerPersonId}), beside the owner's name as the unit writes it.
 */
public record ModelDetails(int year, String unitCode, ManagementLevel level, Field field, OwnerType ownerType,
                           ModelKind kind, String name, String address, String content, String ownerName,
                           String personInCharge, LocalDate startDate, LocalDate endDate, String campaignId,
                           String replicatedFrom, String ownerPersonId) {

    public static final int NAME_MAX = 300;
    public static final int CONTENT_MAX = 10_000;
    public static final int TEXT_MAX = 500;

    public ModelDetails {
        unitCode = trim(unitCode);
        kind = kind == null ? ModelKind.MODEL : kind;
        name = trim(name);
        address = trim(address);
        content = trim(content);
        ownerName = trim(ownerName);
        personInCharge = trim(personInCharge);
        campaignId = blankToNull(campaignId);
        replicatedFrom = blankToNull(replicatedFrom);
        ownerPersonId = blankToNull(ownerPersonId);
    }

    /** Details without a registry person for the owner: bulk imports and the demo data name owners by text. */
    public ModelDetails(int year, String unitCode, ManagementLevel level, Field field, OwnerType ownerType,
                        ModelKind kind, String name, String address, String content, String ownerName,
                        String personInCharge, LocalDate startDate, LocalDate endDate, String campaignId,
                        String replicatedFrom) {
        this(year, unitCode, level, field, ownerType, kind, name, address, content, ownerName, personInCharge,
                startDate, endDate, campaignId, replicatedFrom, null);
    }

    /**
     * The rules no annotation can express: the text bounds counted after trimming (invalid input), and dates in
     * order (unprocessable, naming {@code endDate}).
     */
    public void check() {
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        bounded(problems, "name", name, NAME_MAX);
        bounded(problems, "address", address, TEXT_MAX);
        bounded(problems, "content", content, CONTENT_MAX);
        bounded(problems, "ownerName", ownerName, TEXT_MAX);
        bounded(problems, "personInCharge", personInCharge, TEXT_MAX);
        if (ownerPersonId != null && ownerType != OwnerType.INDIVIDUAL) {
            problems.add(new Rejection.FieldIssue("ownerPersonId", "chỉ dùng khi chủ mô hình là cá nhân"));
        }
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw Rejection.unprocessable("reversed-dates", "endDate",
                    "Ngày kết thúc (" + endDate + ") không được trước ngày bắt đầu (" + startDate + ").");
        }
    }

    private static void bounded(List<Rejection.FieldIssue> problems, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            problems.add(new Rejection.FieldIssue(field, "không được để trống"));
        } else if (value.length() > max) {
            problems.add(new Rejection.FieldIssue(field, "không được dài quá " + max + " ký tự"));
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
