package vn.dvk.registration.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelDetails;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.testsupport.ServiceClient;

/**
 * Named models for tests, as details, as registered models or as request bodies:
 * {@code ModelFixtures.aCollectiveModel().inUnit("04093").inYear(2023).registered()}.
 */
public final class ModelFixtures {

    /** When fixtures register, unless a test says otherwise. */
    public static final Instant MARCH_2022 = Instant.parse("2022-03-01T02:00:00Z");

    private ModelFixtures() {
    }

    /** The Tai nung pear model of seed 004 §2.3 (an individual's, in Lóng Phiêng), as the contract's example. */
    public static Builder aTaiNungPearModel() {
        return new Builder().ownedBy(OwnerType.INDIVIDUAL, "Hộ ông Nguyễn Hương Bông", "Nguyễn Hương Bông")
                .named("Mô hình trồng lê Tai nung");
    }

    /** A collective's model: the farmers' association of a village helping each other. */
    public static Builder aCollectiveModel() {
        return new Builder().ownedBy(OwnerType.COLLECTIVE, "Chi hội Nông dân bản Hua Đán", "Lò Văn Thắng")
                .named("Hội viên nông dân giúp nhau phát triển kinh tế")
                .at("bản Hua Đán, xã Lóng Phiêng");
    }

    /** The body of {@code POST /api/v1/models} that registers the Tai nung pear model of that year. */
    public static ObjectNode taiNungPears(int year) {
        return aTaiNungPearModel().inYear(year).asRequest();
    }

    /** A model under construction; every value has a sensible default in Lóng Phiêng (04096), 2022. */
    public static final class Builder {

        private String id = "model-1";
        private int year = 2022;
        private String unitCode = "04096";
        private ManagementLevel level = ManagementLevel.GRASSROOTS;
        private Field field = Field.ECONOMY;
        private OwnerType ownerType;
        private String ownerPersonId;
        private ModelKind kind = ModelKind.MODEL;
        private String name;
        private String address = "bản Cồn Huôt 1, xã Lóng Phiêng";
        private String content = "Chuyển đổi cây trồng trên đất dốc, cung cấp cây giống và kỹ thuật cho nhân dân";
        private String ownerName;
        private String personInCharge;
        private LocalDate startDate;
        private LocalDate endDate;
        private String campaignId;
        private String replicatedFrom;
        private String registeredBy;
        private Instant registeredAt = MARCH_2022;

        private Builder() {
        }

        public Builder withId(String value) {
            id = value;
            return this;
        }

        /** The year; the implementation runs through that calendar year unless {@link #running} says otherwise. */
        public Builder inYear(int value) {
            year = value;
            return this;
        }

        public Builder inUnit(String value) {
            unitCode = value;
            return this;
        }

        public Builder atLevel(ManagementLevel value) {
            level = value;
            return this;
        }

        public Builder inField(Field value) {
            field = value;
            return this;
        }

        public Builder ofKind(ModelKind value) {
            kind = value;
            return this;
        }

        public Builder named(String value) {
            name = value;
            return this;
        }

        public Builder at(String value) {
            address = value;
            return this;
        }

        public Builder about(String value) {
            content = value;
            return this;
        }

        public Builder ownedBy(OwnerType type, String owner, String inCharge) {
            ownerType = type;
            ownerName = owner;
            personInCharge = inCharge;
            return this;
        }

        public Builder running(LocalDate start, LocalDate end) {
            startDate = start;
            endDate = end;
            return this;
        }

        public Builder inCampaign(String value) {
            campaignId = value;
            return this;
        }

        /** The individual owner as a person of the registry. */
        public Builder ownerPerson(String personId) {
            ownerPersonId = personId;
            return this;
        }

        public Builder replicating(String value) {
            replicatedFrom = value;
            return this;
        }

        /** Who registers it and when; by default its own unit, on 1 March 2022. */
        public Builder registeredBy(String actor, Instant at) {
            registeredBy = actor;
            registeredAt = at;
            return this;
        }

        public ModelDetails details() {
            return new ModelDetails(year, unitCode, level, field, ownerType, kind, name, address, content, ownerName,
                    personInCharge, start(), end(), campaignId, replicatedFrom, ownerPersonId);
        }

        /** The model as its registration leaves it: {@code REGISTERED}, version 1. */
        public Model registered() {
            return Model.register(id, details(), DemoUnits.pathOf(unitCode.strip()),
                    registeredBy == null ? unitCode.strip() : registeredBy, registeredAt);
        }

        public ObjectNode asRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("year", year);
            body.put("unitCode", unitCode);
            body.put("level", level.name());
            body.put("field", field.name());
            body.put("ownerType", ownerType.name());
            body.put("kind", kind == null ? null : kind.name());
            body.put("name", name);
            body.put("address", address);
            body.put("content", content);
            body.put("ownerName", ownerName);
            body.put("personInCharge", personInCharge);
            body.put("startDate", start().toString());
            body.put("endDate", end().toString());
            body.put("campaignId", campaignId);
            body.put("replicatedFrom", replicatedFrom);
            body.put("ownerPersonId", ownerPersonId);
            return ServiceClient.JSON.valueToTree(body);
        }

        private LocalDate start() {
            return startDate != null ? startDate : LocalDate.of(year, 1, 1);
        }

        private LocalDate end() {
            return endDate != null ? endDate : LocalDate.of(year, 12, 31);
        }
    }
}
