package org.consigna.billing.api;

import java.util.List;
import java.util.Objects;

/** A mail to send through billing's outbox: one recipient, a plain-text body and its attachments. */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file sent with the mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
