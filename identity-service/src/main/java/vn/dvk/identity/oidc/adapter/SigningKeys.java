package vn.dvk.identity.oidc.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The RSA key that signs every token, kept in the service's own database so that tokens stay verifiable across
 * restarts and every instance signs with the same key. The first instance to start generates it; an instance that
 * loses the race to insert reads the winner's key.
 */
final class SigningKeys {

    static final String COLLECTION = "signing_key";
    static final String CURRENT = "current";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static RSAKey current(MongoTemplate mongo, Clock clock) {
        RSAKey stored = read(mongo);
        if (stored != null) {
            log.info("token signing key {} loaded from the store", stored.getKeyID());
            return stored;
        }
        RSAKey generated = generate();
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", CURRENT)
                    .append("jwk", generated.toJSONString()).append("createdAt", Date.from(clock.instant())));
            log.info("token signing key {} generated and stored", generated.getKeyID());
            return generated;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        } catch (DuplicateKeyException e) {
            log.debug("another instance stored its key first", e);
        }
        return read(mongo);
    }

    private static RSAKey read(MongoTemplate mongo) {
        Document document = mongo.getCollection(COLLECTION).find(new Document("_id", CURRENT)).first();
        if (document == null) {
            return null;
        }
        try {
            return RSAKey.parse(document.getString("jwk"));
        } catch (ParseException e) {
            throw new IllegalStateException("the stored token signing key cannot be read", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("no RSA key could be generated", e);
        }
    }
}
