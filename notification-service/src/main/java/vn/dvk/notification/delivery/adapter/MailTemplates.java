package vn.dvk.notification.delivery.adapter;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DigestEntry;
import vn.dvk.notification.notice.domain.Portal;

/**
 * Renders a message as mail from the Thymeleaf templates in {@code mail/}: the HTML part from {@code *.html}, the
 * plain-text part from {@code *.txt}, one pair for a single notice and one for the daily digest.
 */
@Component
class MailTemplates {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final TemplateEngine engine = new TemplateEngine();
    private final Portal portal;

    MailTemplates(Portal portal) {
        this.portal = portal;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    /** A mail's subject and its two bodies. */
    record Rendered(String subject, String text, String html) {
    }

    /** One entry as the templates show it: its lines, its link and when it happened. */
    record Entry(String title, List<String> lines, String link, String at) {
    }

    Rendered render(Delivery delivery) {
        Context context = new Context();
        context.setVariable("reader", delivery.recipient().name());
        context.setVariable("portal", portal.link("/"));
        String template;
        if (delivery.isDigest()) {
            template = "digest";
            context.setVariable("entries", delivery.entries().stream().map(MailTemplates::entry).toList());
        } else {
            template = "notice";
            context.setVariable("entry", new Entry(delivery.title(), lines(delivery.body()), delivery.link(),
                    WHEN.format(delivery.createdAt())));
            context.setVariable("kind", delivery.kind().label());
        }
        context.setVariable("title", delivery.title());
        return new Rendered(delivery.title(), engine.process(template + ".txt", context),
                engine.process(template + ".html", context));
    }

    private static Entry entry(DigestEntry entry) {
        return new Entry(entry.title(), lines(entry.body()), entry.link(), WHEN.format(entry.occurredAt()));
    }

    private static List<String> lines(String body) {
        return body == null ? List.of() : List.of(body.split("\n"));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
