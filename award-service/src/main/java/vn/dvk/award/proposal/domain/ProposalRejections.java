package vn.dvk.award.proposal.domain;

import java.util.List;
import vn.dvk.platform.domain.Rejection;

/** The refusals a proposal's rules give, as types a caller can catch. */
public final class ProposalRejections {

    private ProposalRejections() {
    }

    /** The proposal's status does not allow the step. */
    public static class WrongStatus extends Rejection.Conflict {
        public WrongStatus(ProposalStatus status, String message) {
            super("wrong-status", message + " (trạng thái hiện tại: " + status + ").",
                    List.of(new FieldIssue("status", message)));
        }
    }

    /** The dossier lacks one of its three documents. */
    public static class IncompleteDossier extends Rejection.Conflict {
        public IncompleteDossier(String message) {
            super("incomplete-dossier", "documents", message);
        }
    }

    /** A document is empty, too large or of a type the dossier does not accept. */
    public static class RefusedDocument extends Rejection.InvalidInput {
        public RefusedDocument(String message) {
            super("refused-document", "Tệp 'file': " + message, List.of(new FieldIssue("file", message)));
        }
    }

    /** A nominee may not be granted: a rule blocks, the vote did not pass, or the quota is spent. */
    public static class NotGrantable extends Rejection.Conflict {
        public NotGrantable(String code, String field, String message) {
            super(code, field, message);
        }
    }

    /** The caller is not an official of the council or chairman of the form's issuing unit. */
    public static class NotTheIssuer extends Rejection.OutOfScope {
        public NotTheIssuer(String issuingUnit) {
            super("not-the-issuer", "issuingUnitCode", "Chỉ Hội đồng Thi đua – Khen thưởng và Chủ tịch UBND của đơn"
                    + " vị ban hành hình thức khen thưởng (" + issuingUnit + ") được thực hiện bước này.");
        }
    }
}
