package org.consigna.loaner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.consigna.events.api.EventSubmitted;
import org.consigna.platform.problem.ProblemException;

/**
 * Observes submits the way billing will: a loaner kit is only closed with the signed loan
 * agreement's number. Throwing inside the submit's transaction refuses the submit as a whole.
 */
@ApplicationScoped
public class LoanerAgreementGuard {

    void onSubmit(@Observes EventSubmitted submitted) {
        if ("loaner".equals(submitted.behaviour()) && !submitted.attributes().containsKey("loanAgreement")) {
            throw ProblemException.conflict("loan-agreement-missing",
                    "A loaner kit is closed with the number of its signed loan agreement (attribute loanAgreement)");
        }
    }
}
