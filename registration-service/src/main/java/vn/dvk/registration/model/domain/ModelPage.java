package vn.dvk.registration.model.domain;

import java.util.List;

/** One page of the model list and the number of models all pages hold. */
public record ModelPage(List<Model> items, int page, int size, long total) {
}
