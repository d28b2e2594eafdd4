package vn.dvk.platform.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.text.SearchText;

/**
 * The columns an import expects, in template order: the header officials read and the field it fills. A file's
 * headers match whatever their case, diacritics and surrounding spaces ("ma don vi " is "Mã đơn vị"), and the field
 * names are accepted as headers too.
 */
public final class SheetColumns {

    private final Map<String, String> headerToField;
    private final Set<String> optionalFields;

    private SheetColumns(Map<String, String> headerToField, Set<String> optionalFields) {
        this.headerToField = Collections.unmodifiableMap(headerToField);
        this.optionalFields = Collections.unmodifiableSet(optionalFields);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the columns in template order. */
    public static final class Builder {

        private final Map<String, String> headerToField = new LinkedHashMap<>();
        private final Set<String> optionalFields = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder required(String header, String field) {
            headerToField.put(header, field);
            return this;
        }

        public Builder optional(String header, String field) {
            headerToField.put(header, field);
            optionalFields.add(field);
            return this;
        }

        public SheetColumns build() {
            return new SheetColumns(new LinkedHashMap<>(headerToField), new LinkedHashSet<>(optionalFields));
        }
    }

    /** The template's headers, in order. */
    public List<String> headers() {
        return new ArrayList<>(headerToField.keySet());
    }

    /**
     * Which of the file's headers fills each field: field → header as the file writes it. A file that lacks a
     * required column is refused, each missing column named in row 1.
     */
    public Map<String, String> match(List<String> fileHeaders) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        headerToField.forEach((header, field) -> {
            byFolded.put(SearchText.fold(header), field);
            byFolded.put(SearchText.fold(field), field);
        });
        Map<String, String> fieldToHeader = new LinkedHashMap<>();
        for (String header : fileHeaders) {
            String field = header == null ? null : byFolded.get(SearchText.fold(header));
            if (field != null) {
                fieldToHeader.putIfAbsent(field, header.strip());
            }
        }
        List<Rejection.FieldIssue> missing = new ArrayList<>();
        headerToField.forEach((header, field) -> {
            if (!fieldToHeader.containsKey(field) && !optionalFields.contains(field)) {
                missing.add(new Rejection.FieldIssue(InvalidSheet.FILE, "thiếu cột '" + header + "'", 1, header));
            }
        });
        if (!missing.isEmpty()) {
            throw new InvalidSheet("Tệp thiếu cột bắt buộc; hãy dùng tệp mẫu.", missing);
        }
        return fieldToHeader;
    }
}
