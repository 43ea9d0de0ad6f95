package org.qinqing.hall.catalogue.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qinqing.hall.api.CatalogueItem;
import org.qinqing.hall.api.CatalogueReport;
import org.qinqing.hall.api.CatalogueReport.Figures;
import org.qinqing.hall.api.CatalogueReport.Promise;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.PartyType;

/**
 * The catalogue report: figures per department and in total, and the seed's promises — 455 items,
 * 366 one-window, at least 196 with the promised limit at most half the legal one, all legal-person
 * items fully online, the "1+7" fund items fully online and zero-visit, 158 WeChat items, every
 * item at most one visit, more than half zero-visit.
 */
final class Reports {
    static final String FUND_KEYWORD = "1+7政策";

    private Reports() {
    }

    static CatalogueReport of(Collection<CatalogueItem> items) {
        Map<String, List<CatalogueItem>> byDepartment = new TreeMap<>();
        for (CatalogueItem ci : items) {
            byDepartment.computeIfAbsent(ci.department(), d -> new ArrayList<>()).add(ci);
        }
        List<Figures> departments = new ArrayList<>();
        for (List<CatalogueItem> list : byDepartment.values()) {
            CatalogueItem first = list.get(0);
            departments.add(figures(first.department(), first.departmentName(), first.level().name(), list));
        }
        Figures total = figures(null, null, null, items);
        return new CatalogueReport(total, departments, promises(total, items));
    }

    static Figures figures(String code, String name, String level, Collection<CatalogueItem> items) {
        int n = 0, oneWindow = 0, online = 0, fullyOnline = 0, zeroVisit = 0, wechat = 0, halved = 0, maxVisits = 0, instant = 0;
        int legalPerson = 0, legalPersonOnline = 0;
        long legal = 0, promised = 0;
        for (CatalogueItem ci : items) {
            Item i = ci.item();
            n++;
            oneWindow += i.has(Flag.ONE_WINDOW) ? 1 : 0;
            online += i.has(Flag.ONLINE) ? 1 : 0;
            fullyOnline += i.has(Flag.FULLY_ONLINE) ? 1 : 0;
            zeroVisit += i.has(Flag.ZERO_VISIT) ? 1 : 0;
            wechat += i.has(Flag.WECHAT) ? 1 : 0;
            instant += i.has(Flag.INSTANT_APPROVAL) ? 1 : 0;
            halved += i.halvedLimit() ? 1 : 0;
            maxVisits = Math.max(maxVisits, i.maxVisits());
            if (i.party() != PartyType.PERSON) {
                legalPerson++;
                legalPersonOnline += i.has(Flag.FULLY_ONLINE) ? 1 : 0;
            }
            legal += i.legalLimit();
            promised += i.promisedLimit();
        }
        double compression = legal == 0 ? 0 : 1 - promised / (double) legal;
        return new Figures(code, name, level, n, oneWindow, online, fullyOnline, zeroVisit, wechat, halved, maxVisits, instant,
                legalPerson, legalPersonOnline, Math.round(compression * 1000) / 1000.0);
    }

    private static List<Promise> promises(Figures t, Collection<CatalogueItem> items) {
        int fund = 0;
        int fundKept = 0;
        for (CatalogueItem ci : items) {
            if (ci.item().keywords().contains(FUND_KEYWORD)) {
                fund++;
                fundKept += ci.item().has(Flag.FULLY_ONLINE) && ci.item().has(Flag.ZERO_VISIT) ? 1 : 0;
            }
        }
        List<Promise> out = new ArrayList<>();
        out.add(new Promise("进驻大厅事项 items in the hall", "455", String.valueOf(t.items()), t.items() == 455));
        out.add(new Promise("一窗通办 one-window items", "366", String.valueOf(t.oneWindow()), t.oneWindow() == 366));
        out.add(new Promise("办理期限压缩50%以上 promised ≤ half the legal limit", "≥ 196", String.valueOf(t.halvedLimit()),
                t.halvedLimit() >= 196));
        out.add(new Promise("法人事项全部网上办结 legal-person items fully online", t.legalPersonItems() + " of " + t.legalPersonItems(),
                t.legalPersonFullyOnline() + " of " + t.legalPersonItems(), t.legalPersonFullyOnline() == t.legalPersonItems()));
        out.add(new Promise("“1+7”产业资金事项网上办、零跑动 the 1+7 fund's items fully online and zero-visit", "≥ 100, all",
                fundKept + " of " + fund, fund >= 100 && fundKept == fund));
        out.add(new Promise("微信可办事项 WeChat items", "158", String.valueOf(t.wechat()), t.wechat() == 158));
        out.add(new Promise("一次办 every item at most one visit", "≤ 1", String.valueOf(t.maxVisits()), t.maxVisits() <= 1));
        out.add(new Promise("零跑动占50%以上 more than half zero-visit", "> 50%",
                String.format("%.1f%%", t.items() == 0 ? 0 : 100.0 * t.zeroVisit() / t.items()), t.zeroVisit() * 2 > t.items()));
        return out;
    }
}
