package vn.dvk.award.shared.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.dvk.platform.domain.Rejection;

/**
 * Text as award-service compares it: {@link #sameName} keeps diacritics (Thắng and Thăng are different people) and
 * ignores only case, Unicode form and spacing; {@link #fold} drops diacritics too, for searching.
 */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** A name normalised for exact matching: NFC, lower case, single spaces. */
    public static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(composed).replaceAll(" ").strip();
    }

    public static boolean sameName(String a, String b) {
        return !nameKey(a).isEmpty() && nameKey(a).equals(nameKey(b));
    }

    /** Lower case without diacritics, đ as d: "nguyen huong bong" finds "Nguyễn Hương Bông". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
        return SPACES.matcher(bare).replaceAll(" ").strip();
    }

    /** Trimmed text, null when blank. */
    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Adds an issue when a required text is missing or longer than {@code max} after trimming. */
    public static void required(List<Rejection.FieldIssue> issues, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            issues.add(new Rejection.FieldIssue(field, "không được để trống"));
        } else {
            bounded(issues, field, value, max);
        }
    }

    /** Adds an issue when an optional text is longer than {@code max} after trimming. */
    public static void bounded(List<Rejection.FieldIssue> issues, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            issues.add(new Rejection.FieldIssue(field, "không được dài quá " + max + " ký tự"));
        }
    }
}
