package vn.dvk.award.evidence.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.award.evidence.domain.ModelRecord;
import vn.dvk.award.evidence.domain.RecognitionRecord;
import vn.dvk.award.support.fakes.InMemoryEvidence;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.DemoUnits;

/**
 * A model edited into another unit leaves the evidence of the award instance of the unit it left (its owner's and
 * its unit's eligibility there no longer count it) and enters the evidence of the instance of its new unit; the
 * district's instance, holding both units, follows it.
 */
class EvidenceProjectionTest {

    private static final String OWNER = "person-lo-van-pom";

    private final InMemoryEvidence leftEvidence = new InMemoryEvidence();
    private final EvidenceProjection left = new EvidenceProjection(leftEvidence,
            new InstanceScope(DemoUnits.DIRECTORY, "04096"));
    private final InMemoryEvidence enteredEvidence = new InMemoryEvidence();
    private final EvidenceProjection entered = new EvidenceProjection(enteredEvidence,
            new InstanceScope(DemoUnits.DIRECTORY, "04063"));
    private final InMemoryEvidence districtEvidence = new InMemoryEvidence();
    private final EvidenceProjection district = new EvidenceProjection(districtEvidence,
            new InstanceScope(DemoUnits.DIRECTORY, "124"));

    /** Mr Pọm's pear model, a person's model of the registry, as registration announces it. */
    private static ModelSnapshot pears(String unitCode, String unitPath, ModelStatus status, long version) {
        return new ModelSnapshot("pear-model", 2024, unitCode, unitPath, ManagementLevel.GRASSROOTS, Field.ECONOMY,
                OwnerType.INDIVIDUAL, ModelKind.MODEL, status, "Trồng lê Tai nung theo chuỗi giá trị",
                "bản Cồn Huôt", "Hộ ông Lò Văn Pọm", "Lò Văn Pọm", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null, null, version, OWNER);
    }

    private static final ModelSnapshot REGISTERED = pears("04096", "14/124/04096", ModelStatus.RECOGNIZED, 4);
    private static final ModelSnapshot MOVED = pears("04063", "14/124/04063", ModelStatus.RECOGNIZED, 5);

    @Test
    void given_a_model_of_04096_when_it_is_edited_into_04063_then_04096_drops_it_and_04063_and_124_hold_it() {
        left.onModel(REGISTERED);
        district.onModel(REGISTERED);

        left.onModel(MOVED);
        entered.onModel(MOVED);
        district.onModel(MOVED);

        assertThat(leftEvidence.model("pear-model")).isEmpty();
        assertThat(leftEvidence.modelsOwnedBy(OWNER)).isEmpty();
        assertThat(leftEvidence.modelsIn("14/124/04096")).isEmpty();
        assertThat(enteredEvidence.modelsOwnedBy(OWNER)).extracting(ModelRecord::unitPath)
                .containsExactly("14/124/04063");
        assertThat(districtEvidence.modelsIn("14/124/04063")).extracting(ModelRecord::version).containsExactly(5L);
        assertThat(districtEvidence.modelsIn("14/124/04096")).isEmpty();
    }

    @Test
    void given_a_model_moved_away_when_it_is_edited_back_then_the_instance_it_left_holds_it_again() {
        left.onModel(REGISTERED);
        left.onModel(MOVED);

        left.onModel(pears("04096", "14/124/04096", ModelStatus.RECOGNIZED, 6));

        assertThat(leftEvidence.model("pear-model")).get().extracting(ModelRecord::version).isEqualTo(6L);
    }

    @Test
    void given_a_model_back_at_a_newer_version_when_the_move_is_delivered_late_then_the_model_stays() {
        left.onModel(pears("04096", "14/124/04096", ModelStatus.RECOGNIZED, 6));

        left.onModel(MOVED);

        assertThat(leftEvidence.model("pear-model")).get().extracting(ModelRecord::version).isEqualTo(6L);
    }

    @Test
    void given_a_recognition_decided_before_the_move_when_the_model_leaves_then_the_recognition_stays_as_history() {
        left.onModel(REGISTERED);
        leftEvidence.putRecognition(new RecognitionRecord("evaluation-2024", "pear-model", 2024, true, 92.5));

        left.onModel(MOVED);

        assertThat(leftEvidence.model("pear-model")).isEmpty();
        assertThat(leftEvidence.recognitionsOf("pear-model")).hasSize(1);
    }
}
