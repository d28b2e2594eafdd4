package vn.dvk.identity.official.domain;

import java.util.List;

/** One page of the official list and the number of officials all pages hold. */
public record OfficialPage(List<Official> items, int page, int size, long total) {
}
