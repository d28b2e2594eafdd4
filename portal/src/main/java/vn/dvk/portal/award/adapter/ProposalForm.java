package vn.dvk.portal.award.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.portal.award.domain.ProposalDraft;

/**
 * The new proposal form as the browser sends it: the year as typed (an unreadable one is said in place, not sent),
 * and the chosen nominees by kind — collectives by unit code, individuals and households by person id.
 */
public class ProposalForm {

    private String campaignId;
    private String occasion;
    private String year;
    private String formCode;
    private String proposingUnitCode;
    private List<String> collective = new ArrayList<>();
    private List<String> individual = new ArrayList<>();
    private List<String> household = new ArrayList<>();

    /** The fields the portal cannot read, with what to correct; the service checks everything else. */
    Map<String, String> unreadable() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (year != null && !year.isBlank() && parsedYear() == null) {
            errors.put("year", "Năm phải là số có bốn chữ số, ví dụ 2022");
        }
        return errors;
    }

    ProposalDraft toDraft() {
        List<ProposalDraft.NomineeDraft> nominees = new ArrayList<>();
        collective.stream().filter(code -> !code.isBlank()).map(ProposalDraft.NomineeDraft::collective)
                .forEach(nominees::add);
        individual.stream().filter(id -> !id.isBlank()).map(ProposalDraft.NomineeDraft::individual)
                .forEach(nominees::add);
        household.stream().filter(id -> !id.isBlank()).map(ProposalDraft.NomineeDraft::household)
                .forEach(nominees::add);
        return new ProposalDraft(blankToNull(campaignId), blankToNull(occasion), parsedYear(), blankToNull(formCode),
                blankToNull(proposingUnitCode), nominees);
    }

    private Integer parsedYear() {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public String getOccasion() {
        return occasion;
    }

    public void setOccasion(String occasion) {
        this.occasion = occasion;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getFormCode() {
        return formCode;
    }

    public void setFormCode(String formCode) {
        this.formCode = formCode;
    }

    public String getProposingUnitCode() {
        return proposingUnitCode;
    }

    public void setProposingUnitCode(String proposingUnitCode) {
        this.proposingUnitCode = proposingUnitCode;
    }

    public List<String> getCollective() {
        return collective;
    }

    public void setCollective(List<String> collective) {
        this.collective = collective == null ? new ArrayList<>() : new ArrayList<>(collective);
    }

    public List<String> getIndividual() {
        return individual;
    }

    public void setIndividual(List<String> individual) {
        this.individual = individual == null ? new ArrayList<>() : new ArrayList<>(individual);
    }

    public List<String> getHousehold() {
        return household;
    }

    public void setHousehold(List<String> household) {
        this.household = household == null ? new ArrayList<>() : new ArrayList<>(household);
    }
}
