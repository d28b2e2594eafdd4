package vn.dvk.award.catalogue.domain;

import java.math.BigDecimal;

/**
 * A part of a council as an exact ratio, written {@code 2/3} or as a decimal ({@code 0.7}). Regulations say "at least
 * two thirds": a decimal such as 0.6667 would ask 7 of 9 members where 6 are two thirds.
 */
public record Share(long numerator, long denominator) {

    public Share {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share must lie in (0, 1]: " + numerator + "/" + denominator);
        }
    }

    /** Reads {@code a/b} or a decimal fraction. */
    public static Share valueOf(String text) {
        String written = text.strip();
        int slash = written.indexOf('/');
        if (slash >= 0) {
            return new Share(Long.parseLong(written.substring(0, slash).strip()),
                    Long.parseLong(written.substring(slash + 1).strip()));
        }
        return valueOf(new BigDecimal(written));
    }

    public static Share valueOf(double fraction) {
        return valueOf(BigDecimal.valueOf(fraction));
    }

    private static Share valueOf(BigDecimal fraction) {
        BigDecimal exact = fraction.stripTrailingZeros();
        int scale = Math.max(exact.scale(), 0);
        return new Share(exact.movePointRight(scale).longValueExact(), BigDecimal.TEN.pow(scale).longValueExact());
    }

    /** The fewest of {@code total} that make up this share: at least two thirds of 9 is 6. */
    public int atLeastOf(int total) {
        return Math.toIntExact((total * numerator + denominator - 1) / denominator);
    }
}
