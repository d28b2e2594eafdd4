package vn.dvk.identity.unitdirectory.adapter;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.contracts.unit.UnitDirectoryEvents;
import vn.dvk.contracts.unit.UnitDirectoryPublished;
import vn.dvk.identity.unitdirectory.domain.DirectoryVersion;
import vn.dvk.identity.unitdirectory.domain.DirectoryVersions;
import vn.dvk.identity.unitdirectory.domain.VersionSummary;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/**
 * Directory versions, one document each (id {@code v<number>}), saved through the aggregate store with the events
 * that publish them: {@value #CHUNK_SIZE} units a chunk, so that a national list (about 10,800 units, some 1.2 MB of
 * JSON) travels as records well below the broker's 1 MB limit, each compressed by the relay's producer (lz4).
 * A version is an admin's occasional act: its history is read by a scan of a small collection.
 */
@Repository
class MongoDirectoryVersions implements DirectoryVersions {

    static final int CHUNK_SIZE = 2_000;
    static final String COLLECTION = "directoryVersion";

    private final AggregateStore store;
    private final MongoTemplate mongo;

    MongoDirectoryVersions(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @Override
    public Optional<DirectoryVersion> latest() {
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "number")).limit(1);
        return Optional.ofNullable(mongo.findOne(newest, DirectoryVersion.class, COLLECTION));
    }

    @Override
    public List<VersionSummary> history() {
        List<VersionSummary> history = new ArrayList<>();
        for (Document version : mongo.getCollection(COLLECTION).find()
                .projection(Projections.exclude("units", AggregateStore.OUTBOX)).sort(Sorts.descending("number"))) {
            history.add(new VersionSummary(version.get("number", Number.class).longValue(),
                    version.get("fromFile", Number.class).intValue() + version.get("kept", Number.class).intValue(),
                    version.get("fromFile", Number.class).intValue(), version.get("added", Number.class).intValue(),
                    version.get("changed", Number.class).intValue(), version.get("kept", Number.class).intValue(),
                    version.getString("fileName"), version.getString("importedBy"),
                    version.getDate("importedAt").toInstant()));
        }
        return history;
    }

    @Override
    public void publish(DirectoryVersion version) {
        store.save(version, "v" + version.number(), 0, chunks(version));
    }

    private static List<OutboundEvent<UnitDirectoryPublished>> chunks(DirectoryVersion version) {
        List<AdministrativeUnit> units = version.units();
        int count = (units.size() + CHUNK_SIZE - 1) / CHUNK_SIZE;
        List<OutboundEvent<UnitDirectoryPublished>> events = new ArrayList<>(count);
        for (int chunk = 0; chunk < count; chunk++) {
            List<UnitDirectoryPublished.Unit> part = units.subList(chunk * CHUNK_SIZE,
                    Math.min(units.size(), (chunk + 1) * CHUNK_SIZE)).stream()
                    .map(unit -> new UnitDirectoryPublished.Unit(unit.code(), unit.level(), unit.name(),
                            unit.fullName(), unit.parentCode())).toList();
            events.add(new OutboundEvent<>(UnitDirectoryEvents.UNIT_DIRECTORY_PUBLISHED,
                    "unit-directory-" + version.number(), "", new UnitDirectoryPublished(version.number(), chunk + 1,
                    count, units.size(), part, version.importedBy(), version.importedAt())));
        }
        return events;
    }
}
