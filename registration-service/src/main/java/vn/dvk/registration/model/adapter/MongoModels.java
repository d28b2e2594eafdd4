package vn.dvk.registration.model.adapter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.registration.model.domain.Lineage;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelPage;
import vn.dvk.registration.model.domain.ModelQuery;
import vn.dvk.registration.model.domain.Models;

/** The registry as {@link ModelDocument}s, each change written with its event through the platform outbox. */
@Repository
class MongoModels implements Models {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    MongoModels(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @Override
    public Optional<Model> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ModelDocument.class)).map(ModelDocument::toModel);
    }

    /**
     * Read as a plain document, not as a {@link ModelDocument}, so that the caller's subtree does not hide another
     * unit's model: only its status and source are read.
     */
    @Override
    public Optional<Lineage.Link> lineageOf(String id) {
        Query query = Query.query(Criteria.where("_id").is(id));
        query.fields().include("status", "replicatedFrom");
        return Optional.ofNullable(mongo.findOne(query, Document.class, mongo.getCollectionName(ModelDocument.class)))
                .map(found -> new Lineage.Link(id, ModelStatus.valueOf(found.getString("status")),
                        found.getString("replicatedFrom")));
    }

    @Override
    public void add(Model registered) {
        store.save(ModelDocument.of(registered), registered.id(), 0, ModelEvents.announce(List.of(registered)));
    }

    @Override
    public void addAll(List<Model> registered) {
        store.insertAll(registered.stream().map(model -> new AggregateStore.NewAggregate(ModelDocument.of(model),
                model.id(), ModelEvents.announce(List.of(model)))).toList());
    }

    @Override
    public void update(List<Model> changes) {
        Model last = changes.get(changes.size() - 1);
        long storedVersion = changes.get(0).version() - 1;
        store.save(ModelDocument.of(last), last.id(), storedVersion, ModelEvents.announce(changes));
    }

    @Override
    public ModelPage list(ModelQuery filter) {
        Query query = Query.query(Subtree.of("unitPath", filter.unitPath()));
        if (filter.year() != null) {
            query.addCriteria(Criteria.where("year").is(filter.year()));
        }
        if (filter.field() != null) {
            query.addCriteria(Criteria.where("field").is(filter.field().name()));
        }
        if (filter.level() != null) {
            query.addCriteria(Criteria.where("level").is(filter.level().name()));
        }
        if (filter.ownerType() != null) {
            query.addCriteria(Criteria.where("ownerType").is(filter.ownerType().name()));
        }
        if (filter.kind() != null) {
            query.addCriteria(Criteria.where("kind").is(filter.kind().name()));
        }
        if (!filter.status().isEmpty()) {
            query.addCriteria(Criteria.where("status").in(filter.status().stream().map(Enum::name).toList()));
        }
        if (!filter.replicatedFrom().isEmpty()) {
            query.addCriteria(Criteria.where("replicatedFrom").in(filter.replicatedFrom()));
        }
        if (filter.campaignId() != null) {
            query.addCriteria(Criteria.where("campaignId").is(filter.campaignId()));
        }
        List<String> words = filter.words();
        if (!words.isEmpty()) {
            query.addCriteria(new Criteria().andOperator(words.stream()
                    .map(word -> Criteria.where("searchText").regex(Pattern.quote(word))).toList()));
        }
        long total = mongo.count(query, ModelDocument.class);
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))
                .skip((long) filter.page() * filter.size()).limit(filter.size());
        List<Model> items = mongo.find(query, ModelDocument.class).stream().map(ModelDocument::toModel).toList();
        return new ModelPage(items, filter.page(), filter.size(), total);
    }
}
