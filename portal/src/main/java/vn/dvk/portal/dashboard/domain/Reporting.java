package vn.dvk.portal.dashboard.domain;

/** reporting-service's figures, as the signed-in official may read them. */
public interface Reporting {

    Statistics statistics(String unitCode, int year);

    Compliance compliance(String unitCode, int year);
}
