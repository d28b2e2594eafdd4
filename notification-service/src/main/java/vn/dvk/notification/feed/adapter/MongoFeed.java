package vn.dvk.notification.feed.adapter;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.dvk.notification.feed.domain.Feed;
import vn.dvk.notification.feed.domain.FeedItem;
import vn.dvk.notification.feed.domain.FeedPage;
import vn.dvk.platform.inbox.IdempotentInserts;

/** The feeds as {@link FeedItemDocument}s; an item's id follows from its event and official, so adding is once only,
 * and a batch of items is added in one unordered bulk write. */
@Repository
class MongoFeed implements Feed {

    private final MongoTemplate mongo;

    MongoFeed(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<FeedItem> addNew(List<FeedItem> items) {
        return IdempotentInserts.insertNew(mongo, FeedItemDocument.class, items, FeedItemDocument::of);
    }

    @Override
    public FeedPage page(String login, boolean unreadOnly, int page, int size) {
        Query query = Query.query(Criteria.where("login").is(login));
        if (unreadOnly) {
            query.addCriteria(Criteria.where("read").is(false));
        }
        long total = mongo.count(query, FeedItemDocument.class);
        long unread = unreadOnly ? total : mongo.count(Query.query(Criteria.where("login").is(login)
                .and("read").is(false)), FeedItemDocument.class);
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip((long) page * size).limit(size);
        return new FeedPage(mongo.find(query, FeedItemDocument.class).stream().map(FeedItemDocument::toItem)
                .toList(), unread, page, size, total);
    }

    @Override
    public boolean markRead(String login, String id, Instant at) {
        FeedItemDocument item = mongo.findById(id, FeedItemDocument.class);
        if (item == null || !item.login().equals(login)) {
            return false;
        }
        if (!item.read()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().set("read", true).set("readAt", at), FeedItemDocument.class);
        }
        return true;
    }

    @Override
    public long markAllRead(String login, Instant at) {
        return mongo.updateMulti(Query.query(Criteria.where("login").is(login).and("read").is(false)),
                new Update().set("read", true).set("readAt", at), FeedItemDocument.class).getModifiedCount();
    }
}
