package org.qinqing.hall.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.PartyType;

/** A hand-written department for catalogue tests. */
final class FakeDepartment implements DepartmentPlugin {
    private final String code;
    private final List<Item> items = new ArrayList<>();

    FakeDepartment(String code, String... itemNames) {
        this.code = code;
        int n = 1;
        for (String name : itemNames) {
            items.add(Item.of(code + "-" + n++, name).legalBasis("《测试条例》").limits(20, 10)
                    .flags(Flag.ONE_WINDOW, Flag.ONLINE).party(n % 2 == 0 ? PartyType.PERSON : PartyType.ENTERPRISE).build());
        }
    }

    FakeDepartment with(Item item) {
        items.add(item);
        return this;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String name() {
        return "测试部门" + code;
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        return items;
    }
}
