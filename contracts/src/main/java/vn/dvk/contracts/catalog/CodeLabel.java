package vn.dvk.contracts.catalog;

/** A catalogue code with the Vietnamese label officials read. */
public interface CodeLabel {

    String name();

    String label();
}
