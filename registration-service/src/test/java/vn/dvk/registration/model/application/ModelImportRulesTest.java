package vn.dvk.registration.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dvk.registration.model.ModelFixtures.aCollectiveModel;
import static vn.dvk.registration.model.ModelFixtures.aTaiNungPearModel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.registration.model.InMemoryModels;
import vn.dvk.registration.model.domain.InvalidImport;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.support.InMemoryRegistry;

/** Bulk registration's rules on in-memory ports: every row checked, then all stored or none. */
class ModelImportRulesTest {

    private static final Map<String, String> COLUMNS = Map.of("unitCode", "Mã đơn vị", "year", "Năm",
            "endDate", "Ngày kết thúc");

    private final InMemoryRegistry registry = new InMemoryRegistry(Instant.parse("2022-05-01T02:00:00Z"));
    private final InMemoryModels models = registry.models;
    private final ModelImport modelImport = registry.modelImport();

    @Test
    void given_valid_rows_when_imported_then_each_is_registered_in_row_order() {
        List<Model> created = modelImport.importSheet(new ModelImport.Sheet(COLUMNS, List.of(
                new ModelImport.Row(2, aTaiNungPearModel().details(), List.of()),
                new ModelImport.Row(3, aCollectiveModel().inUnit("04093").details(), List.of()))), "Phòng Nội vụ");

        assertThat(created).extracting(model -> model.details().unitCode()).containsExactly("04096", "04093");
        assertThat(models.size()).isEqualTo(2);
        assertThat(created).allSatisfy(model -> assertThat(model.lastTransition().by()).isEqualTo("Phòng Nội vụ"));
    }

    @Test
    void given_an_unreadable_cell_and_a_unit_outside_the_scope_then_both_are_named_by_row_and_column_and_nothing_is_stored() {
        ModelImport.Sheet sheet = new ModelImport.Sheet(COLUMNS, List.of(
                new ModelImport.Row(2, aTaiNungPearModel().details(), List.of()),
                new ModelImport.Row(3, aTaiNungPearModel().details(),
                        List.of(new Rejection.FieldIssue("year", "'20x7' không phải là năm"))),
                new ModelImport.Row(4, aTaiNungPearModel().inUnit("04105").details(), List.of())));

        assertThatThrownBy(() -> modelImport.importSheet(sheet, null))
                .isInstanceOfSatisfying(InvalidImport.class, refused -> assertThat(refused.issues())
                        .extracting(issue -> issue.row() + ":" + issue.column() + ":" + issue.field())
                        .containsExactly("3:Năm:year", "4:Mã đơn vị:unitCode"));
        assertThat(models.size()).isZero();
    }

    @Test
    void given_no_data_row_then_the_file_is_refused_at_its_first_data_row() {
        assertThatThrownBy(() -> modelImport.importSheet(new ModelImport.Sheet(COLUMNS, List.of()), null))
                .isInstanceOfSatisfying(InvalidImport.class, refused -> assertThat(refused.issues())
                        .extracting(Rejection.FieldIssue::row, Rejection.FieldIssue::field)
                        .containsExactly(tuple(2, "file")));
    }
}
