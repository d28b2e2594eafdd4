package vn.dvk.award.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * The running service on the shared broker and store, as the Yên Châu district instance (scope {@code 124}), with
 * clients for the officials of the seeds: every award integration test extends it, so all share one Spring context.
 */
@DvkIntegrationTest
public abstract class AwardApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    protected ServiceClient api;
    /** The clerk of Lóng Phiêng commune, who proposes. */
    protected ServiceClient communeClerk;
    /** A council member of Yên Châu district, whose council reviews district awards. */
    protected ServiceClient districtCouncil;
    /** The chairman of Yên Châu district. */
    protected ServiceClient districtChairman;

    @BeforeEach
    void connect() {
        api = new ServiceClient(port);
        communeClerk = api.as("longphieng.canbo", "04096", "UNIT_CLERK");
        districtCouncil = api.as("yenchau.hdtdkt", "124", "COUNCIL_MEMBER");
        districtChairman = api.as("yenchau.chutich", "124", "CHAIRMAN");
    }

    /** How many dossier files GridFS holds. */
    protected long storedFiles() {
        return mongo.getCollection("fs.files").countDocuments();
    }

    /** How many GridFS chunks are stored: a file refused half-way would leave chunks without a file. */
    protected long storedChunks() {
        return mongo.getCollection("fs.chunks").countDocuments();
    }
}
