package vn.dvk.award.document.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The content of the award documents, independent of the file formats that render them. */
public final class AwardPapers {

    private AwardPapers() {
    }

    /** One recipient line of a decision: name, type, and coefficient × base salary = amount. */
    public record Line(String name, String recipientType, BigDecimal coefficient, long baseSalary, long amount) {
    }

    /** The chairman's decision (draft until {@code number} is set). */
    public record DecisionDraft(String issuer, String formName, String number, LocalDate date, String occasion,
                                int year, List<Line> lines) {
        public long total() {
            return lines.stream().mapToLong(Line::amount).sum();
        }
    }

    /** The certificate handed to one recipient. */
    public record Certificate(String issuer, String formName, String recipient, String unit, String achievement,
                              String decisionNumber, LocalDate decisionDate, long amount) {
    }

    /**
     * The list the council reads: every nominee, its eligibility and the vote, and the public disclosure (where and
     * when, null before it) with the comments received and their answers, which join the dossier.
     */
    public record Summary(String issuer, String formName, String occasion, int year, String proposingUnit,
                          List<SummaryRow> rows, String disclosure, List<CommentRow> comments) {
    }

    /** A comment received during the disclosure and its answer (null while unanswered). */
    public record CommentRow(String commentId, String author, LocalDate receivedOn, String text, String answer,
                             String answeredBy) {
    }

    public record SummaryRow(String nomineeId, String name, String recipientType, String unit, List<String> rules,
                             boolean eligible, Integer inFavour, Integer against, Integer abstain, boolean passed) {
    }

    /** "1.404.000" – đồng as Vietnamese documents write them. */
    public static String money(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    /** "ngày 15 tháng 12 năm 2023". */
    public static String longDate(LocalDate date) {
        return "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }
}
