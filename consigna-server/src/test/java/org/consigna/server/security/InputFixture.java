package org.consigna.server.security;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.server.Api;

/** One tenant with one of everything a write operation refers to, built through the API as its admin. */
final class InputFixture {

    final Api api;
    final Api.Tenant tenant;
    final String sales;
    final String custodian;
    final String facility;
    final String contact;
    final String surgeon;
    final String caseType;
    final String productLine;
    final String item;
    final String location;
    final String deviceInEvent;
    final String deviceInTransfer;
    final String device;
    final String event;
    final String line;
    final String transfer;
    final String transferLine;
    final String priceList;
    final String vendor;
    final String template;
    final String kit;
    final String reasonCode;
    final String count;
    final String spillageReport;
    final String requisition;
    final String requisitionLine;

    InputFixture(Api api, String prefix) {
        this.api = api;
        this.tenant = api.newTenant(prefix);
        sales = id(admin().body(Map.of("email", "sam@" + tenant.id() + ".test", "firstName", "Sam", "lastName", "Sales",
                "role", "sales")).post(tenant.path("members")), "member.id");
        custodian = post("custodians", Map.of("displayName", "Depot"));
        facility = post("events/facilities", Map.of("name", "General Hospital", "city", "Springfield"));
        contact = post("events/facilities/" + facility + "/contacts", Map.of("name", "Nurse Joy"));
        surgeon = post("events/surgeons", Map.of("firstName", "Meredith", "lastName", "Grey"));
        caseType = admin().get(tenant.path("events/types")).then().statusCode(200).extract()
                .<List<String>>path("items.findAll { it.behaviour == 'case' }.id").get(0);
        productLine = post("inventory/product-lines", Map.of("name", "Knees"));
        item = post("inventory/items", Map.of("productLineId", productLine, "catalogNumber", "CAT-1",
                "description", "Knee implant", "tracking", "serial", "singleUse", true));
        location = post("inventory/locations", Map.of("name", "Main warehouse", "kind", "warehouse"));
        List<String> devices = admin().body(Map.of("custodianId", sales, "itemId", item, "serials", List.of("SN-1", "SN-2", "SN-3")))
                .post(tenant.path("inventory/receipts")).then().statusCode(201).extract().path("deviceIds");
        deviceInEvent = devices.get(0);
        deviceInTransfer = devices.get(1);
        device = devices.get(2);
        event = post("events", Map.of("typeId", caseType, "representativeId", sales, "name", "Knee case",
                "date", "2026-03-02", "facilityId", facility, "surgeonId", surgeon, "patientId", "P-0"));
        line = post("events/" + event + "/lines", Map.of("deviceId", deviceInEvent, "usage", "used"));
        transfer = post("inventory/transfers", Map.of("toCustodianId", custodian,
                "lines", List.of(Map.of("deviceId", deviceInTransfer))));
        transferLine = admin().get(tenant.path("inventory/transfers/" + transfer)).then().statusCode(200)
                .extract().path("lines[0].id");
        priceList = post("billing/price-lists", Map.of("name", "List A"));
        vendor = post("purchasing/vendors", Map.of("name", "Acme", "email", "orders@acme.test"));
        template = post("purchasing/templates", Map.of("name", "Standard"));
        admin().body(Map.of("templateId", template, "autoReplenish", false)).put(path("purchasing/recipients/" + sales))
                .then().statusCode(200);
        kit = post("purchasing/kits", Map.of("name", "Starter kit"));
        reasonCode = post("purchasing/reason-codes", Map.of("code", "DMG", "label", "Damaged", "requiresReimbursement", false));
        count = post("purchasing/counts", Map.of("recipientId", sales));
        spillageReport = post("purchasing/spillage-reports", Map.of("recipientId", sales));
        admin().body(Map.of("expiryHorizonDays", 30, "requisitionsEnabled", true)).put(path("purchasing/settings"))
                .then().statusCode(200);
        var requested = admin().body(Map.of("recipientId", sales, "lines", List.of(Map.of("itemId", item, "quantity", 2))))
                .post(path("purchasing/requisitions")).then().statusCode(201).extract();
        requisition = requested.path("id");
        requisitionLine = requested.path("lines[0].id");
    }

    RequestSpecification admin() {
        return api.as(tenant.adminToken());
    }

    String path(String rest) {
        return tenant.path(rest);
    }

    private String post(String rest, Map<String, ?> body) {
        return id(admin().body(body).post(tenant.path(rest)), "id");
    }

    private static String id(io.restassured.response.Response response, String path) {
        return response.then().statusCode(201).extract().path(path);
    }

    static String unknownId() {
        return UUID.randomUUID().toString();
    }
}
