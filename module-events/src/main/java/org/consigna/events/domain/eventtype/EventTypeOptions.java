package org.consigna.events.domain.eventtype;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a tenant configures on an event type: which fields an event must carry, whether billing applies. */
@Embeddable
public class EventTypeOptions {

    @Column(name = "patient_id_required")
    private boolean patientIdRequired;

    @Column(name = "surgeon_required")
    private boolean surgeonRequired;

    @Column(name = "facility_contact_required")
    private boolean facilityContactRequired;

    @Column(name = "billing_applies")
    private boolean billingApplies;

    protected EventTypeOptions() {
    }

    public EventTypeOptions(boolean patientIdRequired, boolean surgeonRequired, boolean facilityContactRequired,
                            boolean billingApplies) {
        this.patientIdRequired = patientIdRequired;
        this.surgeonRequired = surgeonRequired;
        this.facilityContactRequired = facilityContactRequired;
        this.billingApplies = billingApplies;
    }

    /** The required fields the given values leave empty, as {field, message} pairs for a validation problem. */
    public List<Map<String, Object>> missing(String patientId, Object surgeonId, Object facilityContactId) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (patientIdRequired && (patientId == null || patientId.isBlank())) {
            errors.add(Map.of("field", "patientId", "message", "is required by this event type"));
        }
        if (surgeonRequired && surgeonId == null) {
            errors.add(Map.of("field", "surgeonId", "message", "is required by this event type"));
        }
        if (facilityContactRequired && facilityContactId == null) {
            errors.add(Map.of("field", "facilityContactId", "message", "is required by this event type"));
        }
        return errors;
    }

    public boolean patientIdRequired() {
        return patientIdRequired;
    }

    public boolean surgeonRequired() {
        return surgeonRequired;
    }

    public boolean facilityContactRequired() {
        return facilityContactRequired;
    }

    public boolean billingApplies() {
        return billingApplies;
    }
}
