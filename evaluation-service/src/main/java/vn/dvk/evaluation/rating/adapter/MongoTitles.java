package vn.dvk.evaluation.rating.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.evaluation.TitleRecorded;
import vn.dvk.evaluation.rating.domain.TitleEntry;
import vn.dvk.evaluation.rating.domain.Titles;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/** Titles in {@code titles}; each version is written at the stored one, like {@link MongoTaskRatings}. */
@Component
public class MongoTitles implements Titles {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoTitles(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Optional<TitleEntry> find(String titleId) {
        return Optional.ofNullable(mongo.findById(titleId, TitleDocument.class)).map(TitleDocument::toEntry);
    }

    @Override
    public void record(TitleEntry title, OutboundEvent<TitleRecorded> recorded) {
        List<TitleEntry> earlier = title.version() == 1 ? List.of() : history(title.titleId());
        store.save(TitleDocument.of(title, earlier), title.titleId(), title.version() - 1, List.of(recorded));
    }

    @Override
    public List<TitleEntry> history(String titleId) {
        TitleDocument stored = mongo.findById(titleId, TitleDocument.class);
        return stored == null ? List.of() : stored.history();
    }

    @Override
    public List<TitleEntry> within(String unitPath, Integer year, Title title) {
        Criteria criteria = Subtree.of("unitPath", unitPath);
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        if (title != null) {
            criteria = criteria.and("title").is(title.name());
        }
        return mongo.find(Query.query(criteria), TitleDocument.class).stream()
                .map(TitleDocument::toEntry)
                .toList();
    }
}
