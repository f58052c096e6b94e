package org.consigna.inventory.interfaces.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consigna.inventory.application.DeviceQuery;
import org.consigna.inventory.application.DeviceQuery.Sort;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.DeviceStatus;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.input.QueryParameters;

/**
 * The device search's query parameters. Status defaults to active and facility stock; inactive
 * devices are found with {@code status=inactive} or {@code includeDeactivated=true}. Statuses may
 * repeat or be comma-separated. Sort: received (default, newest first), expiry, serial, lot.
 * Paged like every list: {@code cursor}, {@code limit}.
 */
public class DeviceSearchParams {

    @QueryParam("item") String item;
    @QueryParam("productLine") String productLine;
    @QueryParam("lot") String lot;
    @QueryParam("serial") String serial;
    @QueryParam("status") List<String> status;
    @QueryParam("includeDeactivated") boolean includeDeactivated;
    @QueryParam("custodian") String custodian;
    @QueryParam("facility") String facility;
    @QueryParam("expiringWithin") Integer expiringWithin;
    @QueryParam("tag") String tag;
    @QueryParam("q") String text;
    @QueryParam("inPendingTransfer") Boolean inPendingTransfer;
    @QueryParam("sort") String sort;
    @QueryParam("order") String order;
    @BeanParam PageParams paging;

    DeviceQuery toQuery() {
        Sort by = sort == null || sort.isBlank() ? Sort.RECEIVED : Wire.parse(Sort.class, sort, "sort");
        boolean descending = order == null || order.isBlank() ? by == Sort.RECEIVED : switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw QueryParameters.refused("order", "asc or desc", order);
        };
        Set<DeviceStatus> statuses = EnumSet.noneOf(DeviceStatus.class);
        if (status != null) {
            status.stream().flatMap(s -> List.of(s.split(",")).stream()).filter(s -> !s.isBlank())
                    .forEach(s -> statuses.add(Wire.parse(DeviceStatus.class, s, "status")));
        }
        if (statuses.isEmpty()) {
            statuses.add(DeviceStatus.ACTIVE);
            statuses.add(DeviceStatus.FACILITY_STOCK);
        }
        if (includeDeactivated) {
            statuses.add(DeviceStatus.INACTIVE);
        }
        if (expiringWithin != null) {
            QueryParameters.between("expiringWithin", expiringWithin, 0, 0, 36_500);
        }
        PageRequest page = paging.request();
        return new DeviceQuery(QueryParameters.uuid("item", item), QueryParameters.uuid("productLine", productLine), lot, serial, statuses,
                QueryParameters.uuid("custodian", custodian), QueryParameters.uuid("facility", facility), expiringWithin, tag, text,
                inPendingTransfer, by, descending, page.cursor() == null ? null : DeviceQuery.Cursor.decode(page.cursor(), by),
                page.limit(), null);
    }
}
