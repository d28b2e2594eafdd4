package vn.dvk.award.proposal.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A comment received while the list was public, and the answer that joins the dossier. */
public record PublicComment(String commentId, String author, String text, LocalDate receivedOn, String recordedBy,
                            String answer, String answeredBy, Instant answeredAt) {

    public boolean answered() {
        return answer != null;
    }

    public PublicComment answeredWith(String text, String by, Instant at) {
        return new PublicComment(commentId, author, this.text, receivedOn, recordedBy, text, by, at);
    }
}
