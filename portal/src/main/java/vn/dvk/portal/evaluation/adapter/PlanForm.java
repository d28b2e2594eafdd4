package vn.dvk.portal.evaluation.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.portal.evaluation.domain.InspectionPlan;
import vn.dvk.portal.evaluation.domain.PlanDraft;
import vn.dvk.portal.shared.adapter.FormDates;

/**
 * The new inspection plan form as the browser sends it: the decision, the models and units to inspect (checked in
 * lists), and one team — its head, its secretary and the other members one per line as "Họ tên, chức vụ". Every
 * target goes to that team. What cannot even be read (a year that is no number, a date that is no date) is said in
 * place; everything else is the service's to judge.
 */
public class PlanForm {

    static final String TEAM_KEY = "doan-1";

    private String year;
    private String round = "YEAR_END";
    private String name;
    private String decisionNumber;
    private String decisionDate;
    private String issuingUnitCode;
    private List<String> models = new ArrayList<>();
    private List<String> units = new ArrayList<>();
    private String teamName;
    private String headName;
    private String headPosition;
    private String secretaryName;
    private String secretaryPosition;
    private String members;
    private boolean confirmDuplicate;

    /** The fields the portal cannot read, with what to correct. */
    Map<String, String> unreadable() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!blank(year) && parsedYear() == null) {
            errors.put("year", "Năm phải là số có bốn chữ số, ví dụ 2022");
        }
        if (FormDates.unreadable(decisionDate)) {
            errors.put("decisionDate", FormDates.unreadableMessage(decisionDate));
        }
        return errors;
    }

    PlanDraft toDraft() {
        List<InspectionPlan.Member> team = new ArrayList<>();
        if (!blank(headName)) {
            team.add(new InspectionPlan.Member(headName.strip(), blankToNull(headPosition), "HEAD"));
        }
        if (!blank(secretaryName)) {
            team.add(new InspectionPlan.Member(secretaryName.strip(), blankToNull(secretaryPosition), "SECRETARY"));
        }
        if (members != null) {
            members.lines().filter(line -> !line.isBlank()).map(PlanForm::member).forEach(team::add);
        }
        boolean hasTeam = !blank(teamName) || !team.isEmpty();
        String teamKey = hasTeam ? TEAM_KEY : null;
        List<PlanDraft.Target> targets = new ArrayList<>();
        models.stream().filter(id -> !blank(id)).map(id -> new PlanDraft.Target(null, id.strip(), teamKey))
                .forEach(targets::add);
        units.stream().filter(code -> !blank(code)).map(code -> new PlanDraft.Target(code.strip(), null, teamKey))
                .forEach(targets::add);
        List<PlanDraft.Team> teams = hasTeam
                ? List.of(new PlanDraft.Team(TEAM_KEY, blankToNull(teamName), team)) : List.of();
        return new PlanDraft(parsedYear(), blankToNull(round), blankToNull(name), blankToNull(decisionNumber),
                FormDates.read(decisionDate).orElse(null), blankToNull(issuingUnitCode), targets, teams,
                confirmDuplicate);
    }

    /**
     * The form's field for a field the service names: a target's problem belongs to the targets, a team's name to
     * the team's name, any other problem of the team to its members.
     */
    static String formField(String field) {
        if (field.startsWith("targets")) {
            return "targets";
        }
        if (field.startsWith("teams")) {
            return field.endsWith(".name") && !field.contains("members") ? "teamName" : "team";
        }
        return field;
    }

    private static InspectionPlan.Member member(String line) {
        int comma = line.indexOf(',');
        String person = comma < 0 ? line.strip() : line.substring(0, comma).strip();
        String position = comma < 0 ? null : blankToNull(line.substring(comma + 1));
        return new InspectionPlan.Member(person, position, "MEMBER");
    }

    Integer parsedYear() {
        try {
            return blank(year) ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public String getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(String decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getIssuingUnitCode() {
        return issuingUnitCode;
    }

    public void setIssuingUnitCode(String issuingUnitCode) {
        this.issuingUnitCode = issuingUnitCode;
    }

    public List<String> getModels() {
        return models;
    }

    public void setModels(List<String> models) {
        this.models = models == null ? new ArrayList<>() : new ArrayList<>(models);
    }

    public List<String> getUnits() {
        return units;
    }

    public void setUnits(List<String> units) {
        this.units = units == null ? new ArrayList<>() : new ArrayList<>(units);
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHeadPosition() {
        return headPosition;
    }

    public void setHeadPosition(String headPosition) {
        this.headPosition = headPosition;
    }

    public String getSecretaryName() {
        return secretaryName;
    }

    public void setSecretaryName(String secretaryName) {
        this.secretaryName = secretaryName;
    }

    public String getSecretaryPosition() {
        return secretaryPosition;
    }

    public void setSecretaryPosition(String secretaryPosition) {
        this.secretaryPosition = secretaryPosition;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public boolean isConfirmDuplicate() {
        return confirmDuplicate;
    }

    public void setConfirmDuplicate(boolean confirmDuplicate) {
        this.confirmDuplicate = confirmDuplicate;
    }
}
