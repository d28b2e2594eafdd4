package vn.dvk.registration.model.application;

import java.util.List;
import vn.dvk.registration.model.domain.Model;

/** One page of the model list and the number of models all pages hold. */
public record ModelPage(List<Model> items, int page, int size, long total) {
}
