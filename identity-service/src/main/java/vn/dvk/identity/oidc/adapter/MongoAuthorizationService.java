package vn.dvk.identity.oidc.adapter;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps authorizations (codes in flight, issued access, ID and refresh tokens) in the service's own database, so that
 * a restart or a second instance does not end the officials' sessions. Attributes and token metadata (which hold the
 * signed-in principal and the token claims) are stored as JSON written by Spring Security's own Jackson modules, as
 * the JDBC implementation does. Authorizations whose every token has expired are purged.
 */
final class MongoAuthorizationService implements OAuth2AuthorizationService {

    static final String COLLECTION = "authorization";
    /** How long an authorization that holds no token yet (a request waiting for its code) is kept. */
    private static final Duration PENDING_LIFETIME = Duration.ofHours(1);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String CODE = "authorizationCode";
    private static final String ACCESS = "accessToken";
    private static final String ID = "idToken";
    private static final String REFRESH = "refreshToken";

    private final MongoTemplate mongo;
    private final RegisteredClientRepository clients;
    private final Clock clock;
    private final JsonMapper json;

    MongoAuthorizationService(MongoTemplate mongo, RegisteredClientRepository clients, Clock clock) {
        this.mongo = mongo;
        this.clients = clients;
        this.clock = clock;
        this.json = JsonMapper.builder()
                .addModules(SecurityJacksonModules.getModules(MongoAuthorizationService.class.getClassLoader()))
                .build();
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", authorization.getId()), toDocument(authorization),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        mongo.getCollection(COLLECTION).deleteOne(Filters.eq("_id", authorization.getId()));
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return findOne(Filters.eq("_id", id));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType == null) {
            return findOne(Filters.or(Filters.eq("state", token), Filters.eq(CODE + ".value", token),
                    Filters.eq(ACCESS + ".value", token), Filters.eq(ID + ".value", token),
                    Filters.eq(REFRESH + ".value", token)));
        }
        String field = switch (tokenType.getValue()) {
            case OAuth2ParameterNames.STATE -> "state";
            case OAuth2ParameterNames.CODE -> CODE + ".value";
            case OAuth2ParameterNames.ACCESS_TOKEN -> ACCESS + ".value";
            case OidcParameterNames.ID_TOKEN -> ID + ".value";
            case OAuth2ParameterNames.REFRESH_TOKEN -> REFRESH + ".value";
            default -> null;
        };
        return field == null ? null : findOne(Filters.eq(field, token));
    }

    /** Removes the authorizations nothing can use any more; returns how many. */
    long purgeExpired() {
        return mongo.getCollection(COLLECTION).deleteMany(Filters.lt("expiresAt", Date.from(clock.instant())))
                .getDeletedCount();
    }

    private OAuth2Authorization findOne(Bson filter) {
        Document document = mongo.getCollection(COLLECTION).find(filter).first();
        return document == null ? null : fromDocument(document);
    }

    private Document toDocument(OAuth2Authorization authorization) {
        Document document = new Document("_id", authorization.getId())
                .append("registeredClientId", authorization.getRegisteredClientId())
                .append("principalName", authorization.getPrincipalName())
                .append("grantType", authorization.getAuthorizationGrantType().getValue())
                .append("scopes", new ArrayList<>(authorization.getAuthorizedScopes()))
                .append("attributes", json.writeValueAsString(authorization.getAttributes()))
                .append("state", authorization.getAttribute(OAuth2ParameterNames.STATE));
        Instant expires = null;
        for (Map.Entry<String, Class<? extends OAuth2Token>> kind : Map.<String, Class<? extends OAuth2Token>>of(
                CODE, OAuth2AuthorizationCode.class, ACCESS, OAuth2AccessToken.class, ID, OidcIdToken.class,
                REFRESH, OAuth2RefreshToken.class).entrySet()) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(kind.getValue());
            if (token == null) {
                continue;
            }
            Document stored = new Document("value", token.getToken().getTokenValue())
                    .append("issuedAt", date(token.getToken().getIssuedAt()))
                    .append("expiresAt", date(token.getToken().getExpiresAt()))
                    .append("metadata", json.writeValueAsString(token.getMetadata()));
            if (token.getToken() instanceof OAuth2AccessToken access) {
                stored.append("type", access.getTokenType().getValue())
                        .append("scopes", new ArrayList<>(access.getScopes()));
            }
            document.append(kind.getKey(), stored);
            Instant tokenExpires = token.getToken().getExpiresAt();
            if (tokenExpires != null && (expires == null || tokenExpires.isAfter(expires))) {
                expires = tokenExpires;
            }
        }
        return document.append("expiresAt", Date.from(expires != null ? expires
                : clock.instant().plus(PENDING_LIFETIME)));
    }

    @SuppressWarnings("unchecked")
    private OAuth2Authorization fromDocument(Document document) {
        RegisteredClient client = clients.findById(document.getString("registeredClientId"));
        if (client == null) {
            return null;
        }
        Map<String, Object> attributes = json.readValue(document.getString("attributes"), MAP);
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(document.getString("_id"))
                .principalName(document.getString("principalName"))
                .authorizationGrantType(new AuthorizationGrantType(document.getString("grantType")))
                .authorizedScopes(new HashSet<>(document.getList("scopes", String.class, List.of())))
                .attributes(stored -> stored.putAll(attributes));
        Document code = document.get(CODE, Document.class);
        if (code != null) {
            builder.token(new OAuth2AuthorizationCode(code.getString("value"), instant(code, "issuedAt"),
                    instant(code, "expiresAt")), metadata -> metadata.putAll(metadata(code)));
        }
        Document access = document.get(ACCESS, Document.class);
        if (access != null) {
            OAuth2AccessToken.TokenType type = OAuth2AccessToken.TokenType.DPOP.getValue()
                    .equalsIgnoreCase(access.getString("type"))
                    ? OAuth2AccessToken.TokenType.DPOP : OAuth2AccessToken.TokenType.BEARER;
            Set<String> scopes = new HashSet<>(access.getList("scopes", String.class, List.of()));
            builder.token(new OAuth2AccessToken(type, access.getString("value"), instant(access, "issuedAt"),
                    instant(access, "expiresAt"), scopes), metadata -> metadata.putAll(metadata(access)));
        }
        Document id = document.get(ID, Document.class);
        if (id != null) {
            Map<String, Object> metadata = metadata(id);
            builder.token(new OidcIdToken(id.getString("value"), instant(id, "issuedAt"), instant(id, "expiresAt"),
                    (Map<String, Object>) metadata.get(OAuth2Authorization.Token.CLAIMS_METADATA_NAME)),
                    stored -> stored.putAll(metadata));
        }
        Document refresh = document.get(REFRESH, Document.class);
        if (refresh != null) {
            builder.token(new OAuth2RefreshToken(refresh.getString("value"), instant(refresh, "issuedAt"),
                    instant(refresh, "expiresAt")), metadata -> metadata.putAll(metadata(refresh)));
        }
        return builder.build();
    }

    private Map<String, Object> metadata(Document token) {
        return json.readValue(token.getString("metadata"), MAP);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
