package vn.dvk.systemtest;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import vn.dvk.localstack.process.Ports;

/**
 * A GreenMail SMTP and IMAP server on free ports, without authentication as {@code ./dvk start} runs it; it can be
 * stopped and started again on the same ports (an SMTP outage), and mail is read back over IMAP as an official's mail
 * program would.
 */
final class LocalMailServer implements AutoCloseable {

    /** A mail as read over IMAP: its subject and its parts by content type ({@code text/plain}, {@code text/html}). */
    record Mail(String subject, String from, Map<String, String> parts) {

        String text() {
            return parts.get("text/plain");
        }

        String html() {
            return parts.get("text/html");
        }
    }

    private final int smtpPort = Ports.free();
    private final int imapPort = Ports.free();
    private GreenMail server;

    LocalMailServer() {
        start();
    }

    int smtpPort() {
        return smtpPort;
    }

    synchronized void start() {
        server = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
    }

    /** The SMTP server goes away: connections are refused until {@link #start()}; the mail it had is gone too. */
    synchronized void stop() {
        server.stop();
    }

    /** How many mails reached the server since it last started, to any address. */
    synchronized int received() {
        return server.getReceivedMessages().length;
    }

    /** The mail in {@code address}'s inbox, oldest first, read over IMAP (any password: authentication is off). */
    List<Mail> inbox(String address) {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    Map<String, String> parts = new HashMap<>();
                    collect(message.getContent(), parts);
                    mails.add(new Mail(message.getSubject(), message.getFrom()[0].toString(), parts));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address + ": " + e, e);
        }
    }

    private static void collect(Object content, Map<String, String> parts) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getContent() instanceof String body) {
                    parts.put(part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT), body);
                } else {
                    collect(part.getContent(), parts);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        server.stop();
    }
}
