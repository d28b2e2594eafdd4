package vn.dvk.portal.award.domain;

import java.time.LocalDate;

/** A comment received while the list was public: who sent it, what it says, the day it arrived. */
public record CommentDraft(String author, String text, LocalDate receivedOn) {
}
