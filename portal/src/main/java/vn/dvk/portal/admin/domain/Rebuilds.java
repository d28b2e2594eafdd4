package vn.dvk.portal.admin.domain;

/**
 * reporting-service's rebuild of its statistics from every event ({@code /api/v1/admin/rebuild}), the one service
 * that has one: the others keep their records as the owners of their data and replay nothing.
 */
public interface Rebuilds {

    RebuildProgress progress();

    RebuildProgress start();
}
