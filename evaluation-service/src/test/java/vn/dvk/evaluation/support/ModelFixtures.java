package vn.dvk.evaluation.support;

import java.time.LocalDate;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.evaluation.model.domain.ModelView;

/**
 * Models of Yên Châu as registration-service announces them, built by name: start from one of them and change only
 * what a test is about, e.g. {@code ModelFixtures.taiNungPears().withId(id).withStatus(APPROVED).atVersion(4)}.
 */
public final class ModelFixtures {

    private ModelFixtures() {
    }

    /** Seed 004: Mr Nguyễn Hương Bông's Tai nung pears in Lóng Phiêng, a grassroots model implemented through 2022. */
    public static Builder taiNungPears() {
        return new Builder("pear-model", 2022, "04096", "14/124/04096", OwnerType.INDIVIDUAL, Field.ECONOMY,
                "Mô hình trồng lê Tai nung", "bản Cồn Huôt 1, xã Lóng Phiêng", "Hộ ông Nguyễn Hương Bông",
                "Nguyễn Hương Bông");
    }

    /** The Nà Dạ cooperative's fish cages in Chiềng Tương, a collective model implemented through 2023. */
    public static Builder naDaFishCages() {
        return new Builder("fish-model", 2023, "04102", "14/124/04102", OwnerType.COLLECTIVE, Field.ECONOMY,
                "Mô hình nuôi cá lồng", "bản Nà Dạ, xã Chiềng Tương", "Hợp tác xã Nà Dạ", "Lường Văn Dương");
    }

    /** Bản Mé's model cultural village in Chiềng Đông, a collective model implemented through 2022. */
    public static Builder banMeCulturalVillage() {
        return new Builder("village-model", 2022, "04063", "14/124/04063", OwnerType.COLLECTIVE,
                Field.CULTURE_SOCIETY, "Bản văn hóa kiểu mẫu", "bản Mé, xã Chiềng Đông", "Chi bộ bản Mé",
                "Lò Văn Khánh");
    }

    /** Continues from a snapshot already announced, e.g. to announce its next version. */
    public static Builder from(ModelSnapshot model) {
        return new Builder(model.id(), model.year(), model.unitCode(), model.unitPath(), model.ownerType(),
                model.field(), model.name(), model.address(), model.ownerName(), model.personInCharge())
                .managedAt(model.level()).ofKind(model.kind()).withStatus(model.status())
                .implemented(model.startDate(), model.endDate()).inCampaign(model.campaignId())
                .replicating(model.replicatedFrom()).atVersion(model.version());
    }

    /**
     * A model being described: a registered grassroots model at version 1, implemented through the whole of its year,
     * in no campaign, until a step says otherwise.
     */
    public static final class Builder {

        private String id;
        private final int year;
        private String unitCode;
        private String unitPath;
        private ManagementLevel level = ManagementLevel.GRASSROOTS;
        private final Field field;
        private final OwnerType ownerType;
        private ModelKind kind = ModelKind.MODEL;
        private ModelStatus status = ModelStatus.REGISTERED;
        private final String name;
        private final String address;
        private final String ownerName;
        private final String personInCharge;
        private LocalDate startDate;
        private LocalDate endDate;
        private String campaignId;
        private String replicatedFrom;
        private long version = 1;

        private Builder(String id, int year, String unitCode, String unitPath, OwnerType ownerType, Field field,
                        String name, String address, String ownerName, String personInCharge) {
            this.id = id;
            this.year = year;
            this.unitCode = unitCode;
            this.unitPath = unitPath;
            this.ownerType = ownerType;
            this.field = field;
            this.name = name;
            this.address = address;
            this.ownerName = ownerName;
            this.personInCharge = personInCharge;
            this.startDate = LocalDate.of(year, 1, 1);
            this.endDate = LocalDate.of(year, 12, 31);
        }

        public Builder withId(String id) {
            this.id = id;
            return this;
        }

        /** Places the model in another unit, given by its code and path. */
        public Builder inUnit(String unitCode, String unitPath) {
            this.unitCode = unitCode;
            this.unitPath = unitPath;
            return this;
        }

        public Builder managedAt(ManagementLevel level) {
            this.level = level;
            return this;
        }

        public Builder ofKind(ModelKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder withStatus(ModelStatus status) {
            this.status = status;
            return this;
        }

        public Builder implemented(LocalDate startDate, LocalDate endDate) {
            this.startDate = startDate;
            this.endDate = endDate;
            return this;
        }

        public Builder inCampaign(String campaignId) {
            this.campaignId = campaignId;
            return this;
        }

        public Builder replicating(String modelId) {
            this.replicatedFrom = modelId;
            return this;
        }

        /** The model's version: registration counts one per change it announces. */
        public Builder atVersion(long version) {
            this.version = version;
            return this;
        }

        public ModelSnapshot snapshot() {
            return new ModelSnapshot(id, year, unitCode, unitPath, level, field, ownerType, kind, status, name,
                    address, ownerName, personInCharge, startDate, endDate, campaignId, replicatedFrom, version);
        }

        /** What evaluation-service keeps of the model. */
        public ModelView view() {
            return ModelView.of(snapshot());
        }
    }
}
