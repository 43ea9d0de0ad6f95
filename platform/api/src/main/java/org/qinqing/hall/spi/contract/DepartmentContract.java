package org.qinqing.hall.spi.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Material;

/**
 * The rules every department plugin keeps. The platform refuses a plugin that breaks one;
 * department builds run the same checks in their unit tests with {@link #assertValid}.
 */
public final class DepartmentContract {

    /** Department codes: a lowercase slug of 2 to 20 characters. */
    public static final Pattern DEPARTMENT_CODE = Pattern.compile("[a-z][a-z0-9-]{1,19}");
    /** Item codes: lowercase letters, digits, dots and hyphens, 3 to 64 characters. */
    public static final Pattern ITEM_CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{2,63}");

    private DepartmentContract() {
    }

    /**
     * @param plugin the plugin to check
     * @return every rule it breaks, each as a sentence naming the item and the rule; empty when valid
     */
    public static List<String> violations(DepartmentPlugin plugin) {
        List<String> out = new ArrayList<>();
        String code;
        List<Item> items;
        try {
            code = plugin.code();
            if (code == null || !DEPARTMENT_CODE.matcher(code).matches()) {
                out.add("department code '" + code + "' is not a lowercase slug of 2-20 characters");
            }
            if (isBlank(plugin.name())) {
                out.add("department " + code + " has no name");
            }
            if (plugin.level() == null) {
                out.add("department " + code + " has no level (DISTRICT or MUNICIPAL)");
            }
            items = plugin.items();
        } catch (RuntimeException e) {
            out.add("the plugin failed while describing itself: " + e);
            return out;
        }
        if (items == null || items.isEmpty()) {
            out.add("department " + code + " offers no items");
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            if (!seen.add(item.code())) {
                out.add("item code " + item.code() + " appears twice");
            }
            checkItem(item, out);
            checkHandler(plugin, item, out);
        }
        return out;
    }

    /**
     * Fails with an {@link AssertionError} listing every violation; for department unit tests.
     *
     * @param plugin the plugin to check
     */
    public static void assertValid(DepartmentPlugin plugin) {
        List<String> v = violations(plugin);
        if (!v.isEmpty()) {
            throw new AssertionError("department plugin breaks the contract:\n  " + String.join("\n  ", v));
        }
    }

    static void checkItem(Item item, List<String> out) {
        String c = item.code();
        if (!ITEM_CODE.matcher(c).matches()) {
            out.add("item code '" + c + "' is not 3-64 lowercase letters, digits, dots or hyphens");
        }
        if (isBlank(item.name())) {
            out.add(c + ": no name");
        }
        if (isBlank(item.legalBasis())) {
            out.add(c + ": no legal basis");
        }
        if (item.legalLimit() < 0 || item.promisedLimit() < 0) {
            out.add(c + ": time limits may not be negative");
        }
        if (item.promisedLimit() > item.legalLimit()) {
            out.add(c + ": promised limit " + item.promisedLimit() + " exceeds legal limit " + item.legalLimit());
        }
        if (item.maxVisits() < 0) {
            out.add(c + ": max visits may not be negative");
        }
        checkFlags(item, out);
        Set<String> materials = new HashSet<>();
        for (Material m : item.materials()) {
            if (!materials.add(m.code())) {
                out.add(c + ": material code " + m.code() + " appears twice");
            }
            if (isBlank(m.name())) {
                out.add(c + ": material " + m.code() + " has no name");
            }
        }
        Set<String> fields = new HashSet<>();
        for (FormField f : item.fields()) {
            if (!fields.add(f.key())) {
                out.add(c + ": form field " + f.key() + " appears twice");
            }
            if (isBlank(f.label())) {
                out.add(c + ": form field " + f.key() + " has no label");
            }
            if (f.type() == FieldType.CHOICE && f.options().isEmpty()) {
                out.add(c + ": choice field " + f.key() + " has no options");
            }
        }
    }

    static void checkFlags(Item item, List<String> out) {
        String c = item.code();
        FlagRules.check(item, (rule) -> out.add(c + ": " + rule));
    }

    static void checkHandler(DepartmentPlugin plugin, Item item, List<String> out) {
        try {
            ApprovalHandler h = plugin.handler(item.code());
            if (h == null) {
                out.add(item.code() + ": the plugin has no approval handler for it");
            }
        } catch (RuntimeException e) {
            out.add(item.code() + ": asking for its handler failed: " + e);
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
