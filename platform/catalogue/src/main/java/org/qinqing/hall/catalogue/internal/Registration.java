package org.qinqing.hall.catalogue.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.DepartmentInfo;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** One department plugin service as read when it arrived: its items and handlers, fixed from then on. */
final class Registration {
    final long serviceId;
    final DepartmentPlugin plugin;
    final String code;
    final String name;
    final Level level;
    final String bundle;
    final String version;
    final Map<String, CatalogueItem> items = new LinkedHashMap<>();
    final Map<String, ApprovalHandler> handlers = new LinkedHashMap<>();

    private Registration(long serviceId, DepartmentPlugin plugin, String bundle, String version) {
        this.serviceId = serviceId;
        this.plugin = plugin;
        this.code = plugin.code();
        this.name = plugin.name();
        this.level = plugin.level();
        this.bundle = bundle;
        this.version = version;
    }

    /** Reads the plugin once; the caller has checked its contract. */
    static Registration read(long serviceId, DepartmentPlugin plugin, String bundle, String version) {
        Registration r = new Registration(serviceId, plugin, bundle, version);
        List<Item> items = plugin.items();
        for (Item item : items) {
            r.items.put(item.code(), new CatalogueItem(item, r.code, r.name, r.level, version));
            r.handlers.put(item.code(), plugin.handler(item.code()));
        }
        return r;
    }

    DepartmentInfo info(DepartmentStatus status, String message) {
        int count = status == DepartmentStatus.ACTIVE ? items.size() : 0;
        return new DepartmentInfo(code, name, level, count, bundle, version, status, message);
    }
}
