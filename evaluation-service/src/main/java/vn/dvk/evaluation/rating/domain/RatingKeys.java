package vn.dvk.evaluation.rating.domain;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.Title;

/**
 * Identities of yearly records: one rating per subject, unit, person (his registry id) and year, one title per title,
 * unit, holder and year. Holder names compare without regard to case, spacing or Unicode composition, so a correction
 * typed again finds the record it corrects.
 */
public final class RatingKeys {

    private RatingKeys() {
    }

    /** {@code personId} is null for a unit. */
    public static String ratingId(RatedSubject subject, String unitCode, String personId, int year) {
        return uuid("rating|" + subject + "|" + unitCode + "|" + (personId == null ? "" : "person:" + personId) + "|"
                + year);
    }

    public static String titleId(Title title, String unitCode, String holderName, int year) {
        return uuid("title|" + title + "|" + unitCode + "|" + normalise(holderName) + "|" + year);
    }

    /** A person is named (or given by id) for an individual's rating and never for a unit's. */
    public static void checkPerson(RatedSubject subject, String personName, String personId) {
        if (subject == RatedSubject.INDIVIDUAL && personName == null && personId == null) {
            throw new InvalidRatedPerson("bắt buộc khi xếp loại cá nhân");
        }
        if (subject == RatedSubject.UNIT && (personName != null || personId != null)) {
            throw new InvalidRatedPerson("không dùng khi xếp loại tập thể");
        }
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
