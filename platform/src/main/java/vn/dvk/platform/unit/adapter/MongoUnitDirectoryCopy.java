package vn.dvk.platform.unit.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectoryCopy;

/**
 * The applied directory version as one document {@code _id: "current"} of {@value #COLLECTION}: read by its id at
 * start, replaced only by a newer version (a conditional upsert; a newer stored copy makes it a duplicate-key no-op).
 */
public final class MongoUnitDirectoryCopy implements UnitDirectoryCopy {

    static final String COLLECTION = "unit_directory";
    private static final String ID = "current";

    private final MongoTemplate mongo;

    public MongoUnitDirectoryCopy(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<StoredVersion> load() {
        Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", ID)).first();
        if (stored == null) {
            return Optional.empty();
        }
        List<AdministrativeUnit> units = stored.getList("units", Document.class).stream()
                .map(unit -> new AdministrativeUnit(unit.getString("code"), UnitLevel.valueOf(unit.getString("level")),
                        unit.getString("name"), unit.getString("fullName"), unit.getString("parentCode")))
                .toList();
        return Optional.of(new StoredVersion(stored.getLong("version"), units));
    }

    @Override
    public void keep(StoredVersion version) {
        Document document = new Document("_id", ID).append("version", version.version()).append("units",
                version.units().stream().map(unit -> new Document("code", unit.code())
                        .append("level", unit.level().name()).append("name", unit.name())
                        .append("fullName", unit.fullName()).append("parentCode", unit.parentCode())).toList());
        try {
            mongo.getCollection(COLLECTION).replaceOne(Filters.and(Filters.eq("_id", ID),
                    Filters.lt("version", version.version())), document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        } catch (DuplicateKeyException e) {
            // a newer version is stored already: it stays
        }
    }
}
