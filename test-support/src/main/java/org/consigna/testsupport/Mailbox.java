package org.consigna.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM that the server under test sends its mail to. The server is another
 * JVM started before any test: the port is reserved by the build ({@code consigna.it.smtp.port}, the same number the
 * server gets as {@code CONSIGNA_MAIL_SMTP_PORT}). One per test JVM; tests tell their mails apart by recipient.
 */
public final class Mailbox {

    public static final String PORT_PROPERTY = "consigna.it.smtp.port";

    private static Mailbox running;

    private final int port;
    private GreenMail greenMail;

    private Mailbox(int port) {
        this.port = port;
    }

    /** The test JVM's mailbox, started on first use. */
    public static synchronized Mailbox start() {
        if (running == null) {
            String port = System.getProperty(PORT_PROPERTY);
            if (port == null || port.isBlank()) {
                throw new IllegalStateException("No SMTP port for the tests: run through failsafe, which sets " + PORT_PROPERTY);
            }
            running = new Mailbox(Integer.parseInt(port.trim()));
            running.up();
        }
        return running;
    }

    /** Stops the SMTP server (the server under test then fails to send and retries). */
    public synchronized void down() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Starts the SMTP server again on the same port, empty. */
    public synchronized void up() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /** Every mail received for the address so far. */
    public synchronized List<MimeMessage> to(String address) {
        List<MimeMessage> found = new ArrayList<>();
        if (greenMail == null) {
            return found;
        }
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (addressedTo(message, address)) {
                found.add(message);
            }
        }
        return found;
    }

    /** Waits until at least {@code count} mails for the address arrived (or the time is up), then returns them all. */
    public List<MimeMessage> await(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = to(address);
        while (found.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = to(address);
        }
        return found;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            if (recipients == null) {
                return false;
            }
            for (Address recipient : recipients) {
                if (recipient.toString().equalsIgnoreCase(address)) {
                    return true;
                }
            }
            return false;
        } catch (MessagingException e) {
            throw new IllegalStateException("A received mail could not be read", e);
        }
    }
}
