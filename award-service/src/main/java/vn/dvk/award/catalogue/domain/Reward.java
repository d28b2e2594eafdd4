package vn.dvk.award.catalogue.domain;

import java.math.BigDecimal;

/** The money of one award: coefficient × base salary, rounded; with the documents both come from. */
public record Reward(BigDecimal coefficient, long baseSalary, long amount, String basis, String baseSalaryBasis) {
}
