package vn.dvk.platform.testapp;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.platform.access.UnitScoped;

/** A record of a unit, checked against the caller's subtree whenever it is loaded during a request. */
@Document("unit_records")
public record RecordDocument(@Id String id, String unitPath, String text, String recordedBy) implements UnitScoped {
}
