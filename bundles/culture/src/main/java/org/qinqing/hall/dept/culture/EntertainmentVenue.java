package org.qinqing.hall.dept.culture;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 娱乐场所经营许可 (娱乐场所管理条例). No investor or manager barred by Art. 5 (convictions for
 * organising prostitution, drug offences, compulsory drug rehabilitation …). No venue (Art. 7) in
 * a residential building, museum, library or protected monument, at a station, airport or other
 * crowded place, around homes, schools, hospitals or government offices, below the first basement
 * floor, or next to a hazardous-chemicals store.
 */
final class EntertainmentVenue implements ApprovalHandler {
    static final String ORDINARY = "商业建筑";
    static final String[] BUILDINGS = {ORDINARY, "居民楼", "博物馆、图书馆或文物保护单位建筑", "车站、机场等人群密集场所"};

    @Override
    public CheckResult check(Application a) {
        if (a.flag("ineligiblePerson")) {
            return CheckResult.reject("投资人、负责人有《娱乐场所管理条例》第五条所列情形的，不得开办娱乐场所或者在娱乐场所内从业");
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!ORDINARY.equals(a.text("building"))) {
            out.add(Finding.field("building", "娱乐场所不得设在" + a.text("building") + "内"));
        }
        if (a.flag("nearSchoolHospitalOrOffice")) {
            out.add(Finding.field("nearSchoolHospitalOrOffice", "娱乐场所不得设在居民住宅区和学校、医院、机关周围"));
        }
        if (a.flag("belowFirstBasement")) {
            out.add(Finding.field("belowFirstBasement", "娱乐场所不得设在建筑物地下一层以下"));
        }
        if (a.flag("nextToChemicalStore")) {
            out.add(Finding.field("nextToChemicalStore", "娱乐场所不得设在与危险化学品仓库毗连的区域"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("entertainment-licence", "娱乐经营许可证")
                .text(a.applicant().name() + "，场所类型：" + a.text("venueType") + "。每日凌晨2时至上午8时不得营业；歌舞娱乐场所不得接纳未成年人。")
                .attribute("venueType", a.text("venueType"))
                .build());
    }
}
