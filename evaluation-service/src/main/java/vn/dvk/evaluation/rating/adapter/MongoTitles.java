package vn.dvk.evaluation.rating.adapter;

import java.util.List;
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

/** Titles in {@code titles}; a correction updates the stored title at its current version. */
@Component
public class MongoTitles implements Titles {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoTitles(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void record(TitleEntry title, OutboundEvent<TitleRecorded> recorded) {
        TitleDocument current = mongo.findById(title.titleId(), TitleDocument.class);
        store.save(TitleDocument.of(title), title.titleId(), current == null ? 0 : current.version(),
                List.of(recorded));
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
