package vn.dvk.platform.testapp;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("notes")
public record NoteDocument(@Id String id, String unitCode, String text, long version) {
}
