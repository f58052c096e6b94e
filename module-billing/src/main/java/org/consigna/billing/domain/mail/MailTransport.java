package org.consigna.billing.domain.mail;

import org.consigna.billing.api.OutgoingMail;

/** Hands a mail to the mail server. */
public interface MailTransport {

    /** @throws MailNotSent when the server did not take it; {@link MailNotSent#permanent()} when retrying cannot help */
    void send(OutgoingMail mail) throws MailNotSent;

    /** A mail the server did not take, and whether another attempt could succeed. */
    final class MailNotSent extends Exception {

        private final boolean permanent;

        public MailNotSent(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
