package vn.dvk.portal.shared.adapter;

import jakarta.servlet.MultipartConfigElement;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The clock pages read "this year" and "today" from (Vietnam's time zone), and how page forms upload files. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Formats.ZONE);
    }

    /**
     * Lets the servlet container read the pages' multipart forms (dossier documents, Excel imports) with no multipart
     * resolver reading every request ahead of its handler. Spring Cloud Gateway turns Spring's multipart off so that
     * it relays {@code /api/**} bodies untouched, and turned back on, the gateway relayed uploads empty. With this
     * element alone a body is read only when something asks for its parameters or parts: the CSRF filter for a page's
     * form (whose token is a form field), a page controller's file; never a relayed call, whose token is a header.
     */
    @Bean
    MultipartConfigElement pageFormUploads(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFile,
                                           @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequest) {
        MultipartConfigFactory uploads = new MultipartConfigFactory();
        uploads.setMaxFileSize(maxFile);
        uploads.setMaxRequestSize(maxRequest);
        return uploads.createMultipartConfig();
    }
}
