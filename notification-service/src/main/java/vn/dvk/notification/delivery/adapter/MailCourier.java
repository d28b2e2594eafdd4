package vn.dvk.notification.delivery.adapter;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.dvk.notification.NotificationProperties;
import vn.dvk.notification.delivery.domain.Attempt;
import vn.dvk.notification.delivery.domain.Courier;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.subscription.domain.Channel;

/**
 * Sends mail through the SMTP server Spring Mail is given ({@code DVK_SMTP_*}): a multipart message with the plain
 * text and the HTML of the templates, in UTF-8. The SMTP timeouts bound how long one attempt may hold a worker.
 */
@Component
class MailCourier implements Courier {

    static final String DELIVERY_HEADER = "X-DVK-Delivery";

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final String from;
    private final Clock clock;

    /*
     * Jakarta Mail 2.1 looks its stream provider up through {@link java.util.ServiceLoader} every time it builds a
     * body part or encodes a header (jakartaee/mail-api#699, #861), which in the service's nested jar scans every jar
     * inside it, several times per mail: measured, two thirds of the mail workers' CPU. Naming the provider makes
     * that lookup a class-loader cache hit. The provider is Angus Mail's, the implementation Spring Boot's mail
     * starter brings at run time.
     */
    static {
        System.getProperties().putIfAbsent(StreamProvider.class.getName(),
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    MailCourier(JavaMailSender sender, MailTemplates templates, NotificationProperties properties, Clock clock) {
        this.sender = sender;
        this.templates = templates;
        this.from = properties.mailFrom();
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public List<Attempt> deliver(Delivery delivery) {
        try {
            MailTemplates.Rendered mail = templates.render(delivery);
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(new InternetAddress(delivery.recipient().address(), delivery.recipient().name(),
                    StandardCharsets.UTF_8.name()));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            message.setHeader(DELIVERY_HEADER, delivery.id());
            sender.send(message);
            return List.of(Attempt.delivered(clock.instant(), "accepted by the SMTP server"));
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            return List.of(Attempt.failed(clock.instant(), describe(e)));
        }
    }

    /** The deepest cause says what went wrong ("Connection refused"); the outer ones only that sending failed. */
    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String detail = cause == e ? e.toString() : e.getClass().getSimpleName() + ": " + cause;
        return detail.length() > 500 ? detail.substring(0, 500) : detail;
    }
}
