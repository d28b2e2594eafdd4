package vn.dvk.platform.unit.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
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

    private final MongoDatabaseFactory databases;

    /**
     * On the database factory rather than the template: the directory is read while the template's mapping (which
     * checks visibility against the instance's scope, hence the directory) is still being built.
     */
    public MongoUnitDirectoryCopy(MongoDatabaseFactory databases) {
        this.databases = databases;
    }

    private MongoCollection<Document> collection() {
        return databases.getMongoDatabase().getCollection(COLLECTION);
    }

    @Override
    public Optional<StoredVersion> load() {
        Document stored = collection().find(Filters.eq("_id", ID)).first();
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
            collection().replaceOne(Filters.and(Filters.eq("_id", ID),
                    Filters.lt("version", version.version())), document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            // a duplicate key: a newer version is stored already, and it stays
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
