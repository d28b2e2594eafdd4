package vn.dvk.portal.shared.adapter;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** One {@link ServiceApi} per service, each sending the signed-in official's access token. */
@Configuration(proxyBeanMethods = false)
public class ServiceClients {

    /** The portal's client registration at the provider, whose tokens every call carries. */
    public static final String REGISTRATION_ID = "dvk";

    private final RestClient.Builder template;
    private final JsonMapper json;

    ServiceClients(RestClient.Builder builder, OAuth2AuthorizedClientManager authorizedClients,
                   OAuth2AuthorizedClientRepository clients, JsonMapper json) {
        OAuth2ClientHttpRequestInterceptor tokens = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        tokens.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        tokens.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(clients));
        // HTTP/1.1 with kept-alive connections: no h2c upgrade attempt, no new connection per page.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.template = builder.clone().requestFactory(requests).requestInterceptor(tokens);
        this.json = json;
    }

    @Bean
    ServiceApis serviceApis(PortalSettings settings) {
        PortalSettings.Services services = settings.portal().services();
        return new ServiceApis(api("registration-service", services.registration()),
                api("evaluation-service", services.evaluation()), api("award-service", services.award()),
                api("reporting-service", services.reporting()),
                api("notification-service", services.notification()),
                api("identity-service", settings.identityService()));
    }

    private ServiceApi api(String name, URI base) {
        return new ServiceApi(name, template.clone().baseUrl(base.toString()).build(), json);
    }

    /** The services the portal calls. */
    public record ServiceApis(ServiceApi registration, ServiceApi evaluation, ServiceApi award, ServiceApi reporting,
                              ServiceApi notification, ServiceApi identity) {
    }
}
