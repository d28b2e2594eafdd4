package vn.dvk.registration.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * The running service on the shared broker and store (as the Yên Châu district instance, scope {@code 124}), with a
 * client for its API and a reader of what it published; every registration integration test extends it, so all of
 * them share one Spring context.
 */
@DvkIntegrationTest
public abstract class RegistrationApiTest {

    protected static RegistrationTopic topic;

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    protected ServiceClient api;

    @BeforeAll
    static void openTopic() {
        topic = new RegistrationTopic();
    }

    @AfterAll
    static void closeTopic() {
        topic.close();
    }

    @BeforeEach
    void connect() {
        api = new ServiceClient(port);
    }

    /** How many documents the collection of a {@code @Document} class holds. */
    protected long stored(Class<?> document) {
        return mongo.getCollection(mongo.getCollectionName(document)).countDocuments();
    }
}
