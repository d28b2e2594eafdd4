package vn.dvk.portal.report.adapter;

import vn.dvk.portal.report.domain.ReportDraft;
import vn.dvk.portal.shared.adapter.FormDates;

/** The draft form as posted: the sections the official writes, the report date and the version he edited. */
public class ReportForm {

    private long version;
    private String recipient;
    private String directives;
    private String documents;
    private String campaigns;
    private String results;
    private String shortcomings;
    private String causes;
    private String directions;
    private String date;

    static ReportForm of(ReportDraft draft) {
        ReportForm form = new ReportForm();
        ReportDraft.Text text = draft.text();
        form.version = draft.version();
        form.recipient = text.recipient();
        form.directives = text.directives();
        form.documents = text.documents();
        form.campaigns = text.campaigns();
        form.results = text.results();
        form.shortcomings = text.shortcomings();
        form.causes = text.causes();
        form.directions = text.directions();
        form.date = FormDates.shown(text.date());
        return form;
    }

    ReportDraft.Text toText() {
        return new ReportDraft.Text(recipient, directives, documents, campaigns, results, shortcomings, causes,
                directions, null);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getDirectives() {
        return directives;
    }

    public void setDirectives(String directives) {
        this.directives = directives;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents;
    }

    public String getCampaigns() {
        return campaigns;
    }

    public void setCampaigns(String campaigns) {
        this.campaigns = campaigns;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public void setShortcomings(String shortcomings) {
        this.shortcomings = shortcomings;
    }

    public String getCauses() {
        return causes;
    }

    public void setCauses(String causes) {
        this.causes = causes;
    }

    public String getDirections() {
        return directions;
    }

    public void setDirections(String directions) {
        this.directions = directions;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
