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
import vn.dvk.platform.idempotency.ResourceIds;
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

    @Test
    void given_the_store_fails_half_way_when_the_request_is_run_again_under_its_key_then_every_model_is_stored_once() {
        ModelImport.Sheet sheet = sheetOf(6);
        models.failingAfter(3);
        List<String> firstIds;
        try (ResourceIds.Binding firstRun = ResourceIds.bind("import-key-seed", false)) {
            assertThatThrownBy(() -> modelImport.importSheet(sheet, "Phòng Nội vụ"))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(models.size()).as("stopped half-way").isEqualTo(3);
        assertThat(registry.pendingImports.size()).as("the import stays recorded").isEqualTo(1);

        List<Model> rerun;
        try (ResourceIds.Binding retry = ResourceIds.bind("import-key-seed", true)) {
            rerun = modelImport.importSheet(sheet, "Phòng Nội vụ");
        }

        assertThat(rerun).hasSize(6);
        assertThat(models.size()).isEqualTo(6);
        assertThat(rerun).allSatisfy(model -> assertThat(models.changesOf(model.id())).hasSize(1));
        assertThat(registry.pendingImports.size()).isZero();
    }

    @Test
    void given_the_store_fails_half_way_and_no_retry_comes_then_the_sweep_stores_the_rest_once() {
        models.failingAfter(2);
        assertThatThrownBy(() -> modelImport.importSheet(sheetOf(5), "Phòng Nội vụ"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(models.size()).isEqualTo(2);

        int finished = modelImport.finishUnfinished(registry.clock.instant().plusSeconds(1));

        assertThat(finished).isEqualTo(1);
        assertThat(models.size()).isEqualTo(5);
        assertThat(registry.pendingImports.size()).isZero();
        assertThat(modelImport.finishUnfinished(registry.clock.instant().plusSeconds(1))).isZero();
    }

    private static ModelImport.Sheet sheetOf(int rows) {
        List<ModelImport.Row> sheetRows = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            sheetRows.add(new ModelImport.Row(i + 2, aTaiNungPearModel().details(), List.of()));
        }
        return new ModelImport.Sheet(COLUMNS, sheetRows);
    }
}
