package vn.dvk.notification.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server for the test JVM (GreenMail, on a free port, any mailbox readable): started on first use and
 * shared, like the broker and the store. Tests read what reached one address, so they do not see each other's mail.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
        return server;
    }

    public static int smtpPort() {
        return server().getSmtp().getPort();
    }

    /** The messages that reached {@code address}, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> sentTo(message, address)).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(recipient -> recipient instanceof InternetAddress internet
                            && address.equalsIgnoreCase(internet.getAddress()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
