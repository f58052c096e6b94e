package org.consigna.billing.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.consigna.billing.api.OutgoingMail;
import org.consigna.billing.domain.mail.MailTransport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMTP through the Jakarta Mail that Payara ships (Angus Mail), with the server named by MicroProfile Config; the
 * defaults are the local GreenMail that {@code bin/consigna run} starts.
 */
@ApplicationScoped
class SmtpMailTransport implements MailTransport {

    @Inject
    @ConfigProperty(name = "consigna.mail.smtp.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "consigna.mail.smtp.port", defaultValue = "3025")
    int port;

    @Inject
    @ConfigProperty(name = "consigna.mail.from", defaultValue = "consigna@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "consigna.mail.smtp.timeout-millis", defaultValue = "10000")
    int timeoutMillis;

    private volatile Session session;

    @Override
    public void send(OutgoingMail mail) throws MailNotSent {
        MimeMessage message;
        try {
            message = message(mail);
        } catch (AddressException e) {
            throw new MailNotSent("Not a mail address: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new MailNotSent("The mail could not be composed: " + e.getMessage(), true, e);
        }
        try {
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailNotSent("SMTP " + host + ":" + port + " did not take the mail: " + e.getMessage(), false, e);
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (mail.attachments().isEmpty()) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            return message;
        }
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        for (OutgoingMail.Attachment a : mail.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
            file.setFileName(a.fileName());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(file);
        }
        message.setContent(parts);
        return message;
    }

    private Session session() {
        Session result = session;
        if (result == null) {
            Properties props = new Properties();
            props.put("mail.transport.protocol", "smtp");
            props.put("mail.smtp.host", host);
            props.put("mail.smtp.port", String.valueOf(port));
            props.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
            props.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
            props.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
            session = result = Session.getInstance(props);
        }
        return result;
    }
}
