package vn.dvk.award.catalogue.domain;

import java.time.LocalDate;

/** The base salary (mức lương cơ sở) in đồng from a date on, and the decree that set it. */
public record BaseSalary(LocalDate from, long amount, String basis) {
}
