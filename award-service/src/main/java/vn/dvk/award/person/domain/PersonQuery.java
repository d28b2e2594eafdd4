package vn.dvk.award.person.domain;

import java.util.List;
import vn.dvk.award.shared.domain.Texts;

/** Filters of the person list: a unit's subtree, words of the name (without diacritics), a page. */
public record PersonQuery(String unitPath, String q, int page, int size) {

    public List<String> words() {
        String folded = Texts.fold(q);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
