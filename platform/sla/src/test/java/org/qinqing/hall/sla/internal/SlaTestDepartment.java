package org.qinqing.hall.sla.internal;

import java.util.List;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** One item: promised 5, legal 20 working days; nothing to hand in. */
final class SlaTestDepartment implements DepartmentPlugin {

    @Override
    public String code() {
        return "tst";
    }

    @Override
    public String name() {
        return "测试局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        return List.of(Item.of("tst-licence", "测试许可").limits(20, 5).legalBasis("《测试法》").flags(Flag.ONE_WINDOW).build(),
                Item.of("tst-filing", "测试备案").limits(10, 5).legalBasis("《测试法》").flags(Flag.ONE_WINDOW).build());
    }
}
