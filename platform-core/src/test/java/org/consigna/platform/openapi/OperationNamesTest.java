package org.consigna.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

class OperationNamesTest {

    static class EventResource {
        public void create() { }
        public void list() { }
        public void history() { }
    }

    static class FacilityResource {
        public void search() { }
        public void addContact() { }
    }

    static class DeviceResource {
        public void note() { }
        public void details() { }
        @Operation(operationId = "listExpiringDevices", summary = "List devices expiring soon")
        public void expiring() { }
    }

    static class AdjustmentResource {
        public void adjust() { }
    }

    static class PingResource {
        public void tenantPing() { }
    }

    @Test
    void theVerbTheResourcesNounAndTheRestOfTheMethodsName() throws Exception {
        assertThat(id("GET", EventResource.class, "create")).isEqualTo("createEvent");
        assertThat(id("GET", FacilityResource.class, "addContact")).isEqualTo("addFacilityContact");
        assertThat(id("GET", AdjustmentResource.class, "adjust")).isEqualTo("createAdjustment");
        assertThat(id("GET", PingResource.class, "tenantPing")).isEqualTo("tenantPing");
    }

    @Test
    void listsAndSearchesNameTheirNounInThePlural() throws Exception {
        assertThat(id("GET", EventResource.class, "list")).isEqualTo("listEvents");
        assertThat(id("GET", FacilityResource.class, "search")).isEqualTo("searchFacilities");
    }

    @Test
    void aMethodNamedByANounTakesItsVerbFromTheHttpMethod() throws Exception {
        assertThat(id("GET", EventResource.class, "history")).isEqualTo("getEventHistory");
        assertThat(id("POST", DeviceResource.class, "note")).isEqualTo("addDeviceNote");
        assertThat(id("PUT", DeviceResource.class, "details")).isEqualTo("changeDeviceDetails");
    }

    @Test
    void anOperationAnnotationWins() throws Exception {
        assertThat(id("GET", DeviceResource.class, "expiring")).isEqualTo("listExpiringDevices");
        assertThat(OperationNames.summary(DeviceResource.class.getMethod("expiring"))).isEqualTo("List devices expiring soon");
        assertThat(OperationNames.summary(DeviceResource.class.getMethod("note"))).isNull();
    }

    private static String id(String http, Class<?> resource, String method) throws Exception {
        return OperationNames.operationId(http, resource.getMethod(method));
    }
}
