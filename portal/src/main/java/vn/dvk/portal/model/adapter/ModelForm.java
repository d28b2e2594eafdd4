package vn.dvk.portal.model.adapter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.dvk.portal.shared.adapter.FormDates;
import vn.dvk.portal.model.domain.Model;
import vn.dvk.portal.model.domain.ModelDraft;

/**
 * The registration form as the browser posts it. Every value arrives as text; what cannot even be read (a year that
 * is no number, a date that is no date) is said here in place, everything else is the service's to judge.
 */
public class ModelForm {

    private String year;
    private String unitCode;
    private String level;
    private String field;
    private String ownerType;
    private String kind = "MODEL";
    private String name;
    private String address;
    private String content;
    private String ownerName;
    private String personInCharge;
    private String startDate;
    private String endDate;
    private String campaignId;
    private String replicatedFrom;
    private String idempotencyKey;
    private long version;

    public static ModelForm of(Model model) {
        ModelForm form = new ModelForm();
        form.year = Integer.toString(model.year());
        form.unitCode = model.unitCode();
        form.level = model.level();
        form.field = model.field();
        form.ownerType = model.ownerType();
        form.kind = model.kind();
        form.name = model.name();
        form.address = model.address();
        form.content = model.content();
        form.ownerName = model.ownerName();
        form.personInCharge = model.personInCharge();
        form.startDate = FormDates.shown(model.startDate());
        form.endDate = FormDates.shown(model.endDate());
        form.campaignId = model.campaignId();
        form.replicatedFrom = model.replicatedFrom();
        form.version = model.version();
        return form;
    }

    /** The draft to send, or the fields that cannot be read, each with its message. */
    public Map<String, String> unreadable() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!blank(year) && parseYear().isEmpty()) {
            problems.put("year", "'" + year.strip() + "' không phải là năm");
        }
        if (FormDates.unreadable(startDate)) {
            problems.put("startDate", FormDates.unreadableMessage(startDate));
        }
        if (FormDates.unreadable(endDate)) {
            problems.put("endDate", FormDates.unreadableMessage(endDate));
        }
        return problems;
    }

    public ModelDraft toDraft() {
        return new ModelDraft(parseYear().orElse(null), emptyToNull(unitCode), emptyToNull(level), emptyToNull(field),
                emptyToNull(ownerType), emptyToNull(kind), name, address, content, ownerName, personInCharge,
                FormDates.read(startDate).orElse(null), FormDates.read(endDate).orElse(null), emptyToNull(campaignId),
                emptyToNull(replicatedFrom));
    }

    private Optional<Integer> parseYear() {
        try {
            return blank(year) ? Optional.empty() : Optional.of(Integer.parseInt(year.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public void setOwnerType(String ownerType) {
        this.ownerType = ownerType;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getPersonInCharge() {
        return personInCharge;
    }

    public void setPersonInCharge(String personInCharge) {
        this.personInCharge = personInCharge;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public String getReplicatedFrom() {
        return replicatedFrom;
    }

    public void setReplicatedFrom(String replicatedFrom) {
        this.replicatedFrom = replicatedFrom;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
