package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.inventory.api.CountedStockChanges;
import org.consigna.inventory.api.SourceDocument;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.purchasing.domain.spillage.ReasonCode;
import org.consigna.purchasing.domain.spillage.Rma;
import org.consigna.purchasing.domain.spillage.RmaLine;
import org.consigna.purchasing.domain.spillage.RmaStatus;
import org.consigna.purchasing.domain.spillage.SpillageLine;
import org.consigna.purchasing.domain.spillage.SpillageReport;
import org.consigna.purchasing.domain.spillage.SpillageRepository;
import org.consigna.purchasing.domain.template.Recipient;
import org.consigna.purchasing.domain.template.RecipientOverride;
import org.consigna.purchasing.domain.template.TemplateLine;
import org.consigna.purchasing.domain.template.TemplateRepository;
import org.consigna.purchasing.domain.template.VendorChoice;

/**
 * Spillage reports: each line deducts the faulty units from the recipient's stock when it is entered; a locked report
 * converts, once, to one RMA per default vendor of its items; RMAs are records only.
 */
@ApplicationScoped
@Transactional
public class SpillageService {

    @Inject
    SpillageRepository spillage;

    @Inject
    TemplateRepository templates;

    @Inject
    ReplenishmentService replenishment;

    @Inject
    CountedStockChanges stock;

    @Inject
    PurchasingAccess access;

    /** A report with its lines and the RMAs made from it. */
    public record ReportState(SpillageReport report, List<SpillageLine> lines, List<Rma> rmas, Map<UUID, List<UUID>> rmaLines) {
    }

    public ReasonCode addReasonCode(String code, String label, boolean requiresReimbursement) {
        ReasonCode reason = new ReasonCode(code, label, requiresReimbursement);
        spillage.add(reason);
        return reason;
    }

    public List<ReasonCode> reasonCodes() {
        return spillage.reasonCodes();
    }

    public ReportState open(UUID recipientId) {
        templates.recipient(recipientId).orElseThrow(() -> UnknownReference.of("recipient", "recipientId", recipientId));
        access.requireActsFor(recipientId, "report spillage of this stock");
        SpillageReport report = new SpillageReport(spillage.nextNumber("spillage_report_number"), recipientId, access.actorId(),
                Instant.now());
        spillage.add(report);
        return state(report);
    }

    public ReportState addLine(UUID reportId, UUID itemId, int quantity, UUID reasonCodeId, String note) {
        SpillageReport report = locked(reportId);
        report.requireOpen();
        ReasonCode reason = spillage.reasonCode(reasonCodeId)
                .orElseThrow(() -> UnknownReference.of("reason code", "reasonCodeId", reasonCodeId));
        stock.deduct(report.recipientId(), itemId, quantity, "spillage: " + reason.label(),
                new SourceDocument("spillage-report", reportId.toString(), "spillage " + report.number()));
        spillage.add(new SpillageLine(reportId, spillage.lines(reportId).size() + 1, itemId, quantity, reasonCodeId, note,
                access.actorId(), Instant.now()));
        return state(report);
    }

    public ReportState lock(UUID reportId) {
        SpillageReport report = locked(reportId);
        if (spillage.lines(reportId).isEmpty()) {
            throw ProblemException.conflict("spillage-report-empty", "Add at least one line before locking spillage report "
                    + report.number());
        }
        report.lock(Instant.now());
        return state(report);
    }

    /** One RMA per default vendor of the report's items (override, template, preferred; none: an RMA without vendor). */
    public ReportState convert(UUID reportId) {
        SpillageReport report = locked(reportId);
        report.requireLocked();
        if (!spillage.rmas(reportId).isEmpty()) {
            throw ProblemException.conflict("already-converted", "Spillage report " + report.number() + " was converted to RMAs already");
        }
        List<SpillageLine> lines = spillage.lines(reportId);
        Recipient recipient = templates.recipient(report.recipientId()).orElseThrow();
        Map<UUID, TemplateLine> templateLines = recipient.templateId() == null ? Map.of()
                : templates.lines(List.of(recipient.templateId())).stream()
                        .collect(Collectors.toMap(TemplateLine::itemId, Function.identity()));
        Map<UUID, RecipientOverride> overrides = templates.overrides(List.of(recipient.custodianId())).stream()
                .collect(Collectors.toMap(RecipientOverride::itemId, Function.identity()));
        Map<UUID, UUID> preferred = replenishment.preferredVendors(lines.stream().map(SpillageLine::itemId).toList());
        Map<Optional<UUID>, List<SpillageLine>> byVendor = new LinkedHashMap<>();
        for (SpillageLine line : lines) {
            UUID vendor = VendorChoice.of(templateLines.get(line.itemId()), overrides.get(line.itemId()), preferred, line.itemId())
                    .vendorId();
            byVendor.computeIfAbsent(Optional.ofNullable(vendor), v -> new ArrayList<>()).add(line);
        }
        Instant now = Instant.now();
        byVendor.forEach((vendor, vendorLines) -> {
            Rma rma = new Rma(spillage.nextNumber("rma_number"), reportId, vendor.orElse(null), now);
            spillage.add(rma);
            vendorLines.forEach(l -> spillage.add(new RmaLine(rma.id(), l.id())));
        });
        return state(report);
    }

    public ReportState close(UUID reportId) {
        SpillageReport report = locked(reportId);
        report.close(Instant.now());
        return state(report);
    }

    public ReportState show(UUID reportId) {
        SpillageReport report = spillage.find(reportId).orElseThrow(() -> ProblemException.notFound("Spillage report", reportId));
        access.requireActsFor(report.recipientId(), "see this spillage report");
        return state(report);
    }

    public Rma changeRma(UUID rmaId, RmaStatus status) {
        Rma rma = spillage.lockRma(rmaId).orElseThrow(() -> ProblemException.notFound("RMA", rmaId));
        rma.status(status);
        return rma;
    }

    private SpillageReport locked(UUID reportId) {
        SpillageReport report = spillage.lock(reportId).orElseThrow(() -> ProblemException.notFound("Spillage report", reportId));
        access.requireActsFor(report.recipientId(), "change this spillage report");
        return report;
    }

    private ReportState state(SpillageReport report) {
        List<Rma> rmas = spillage.rmas(report.id());
        Map<UUID, List<UUID>> rmaLines = spillage.rmaLines(rmas.stream().map(Rma::id).toList()).stream()
                .collect(Collectors.groupingBy(RmaLine::rmaId, Collectors.mapping(RmaLine::spillageLineId, Collectors.toList())));
        return new ReportState(report, spillage.lines(report.id()), rmas, rmaLines);
    }
}
