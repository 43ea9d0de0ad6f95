package org.qinqing.hall.dept.emergency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 公众聚集场所投入使用、营业前消防安全检查 (《消防法》第十五条). At intake: positive area and occupancy, a
 * real floor, the commitment letter when the applicant chooses the commitment route, the largest room
 * of an entertainment venue. On review: the occupancy stays within the evacuation capacity of the fire
 * design; an entertainment venue (歌舞娱乐放映游艺场所) is not below the first basement level, and
 * underground or from the fourth floor up no hall or room exceeds 200 m² (GB 50016 第5.4.9条).
 * Issues the permit (kind {@code fire-safety-permit}).
 */
final class FireSafetyCheck implements ApprovalHandler {
    static final String COMMITMENT = "告知承诺";
    static final String INSPECTION = "检查后许可";
    static final String ENTERTAINMENT = "歌舞娱乐放映游艺场所";
    static final String[] CATEGORIES = {"餐饮场所", ENTERTAINMENT, "商场、市场", "宾馆、饭店", "体育、健身场所", "其他公众聚集场所"};
    static final BigDecimal ROOM_LIMIT = new BigDecimal("200");

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.decimal("area").signum() <= 0) {
            out.add(Finding.field("area", "场所建筑面积须大于0"));
        }
        if (a.integer("occupancy") < 1 || a.integer("designOccupancy") < 1) {
            out.add(Finding.field("occupancy", "容纳人数和核定疏散人数须大于0"));
        }
        if (a.integer("floor") == 0) {
            out.add(Finding.field("floor", "楼层不能为0：地上一层为1，地下一层为-1"));
        }
        BigDecimal room = a.decimal("maxRoomArea");
        if (ENTERTAINMENT.equals(a.text("category")) && room == null) {
            out.add(Finding.field("maxRoomArea", "歌舞娱乐放映游艺场所须填写单个厅、室最大建筑面积"));
        }
        if (room != null && room.compareTo(a.decimal("area")) > 0) {
            out.add(Finding.field("maxRoomArea", "单个厅、室面积不能大于场所建筑面积"));
        }
        if (COMMITMENT.equals(a.text("mode")) && a.material("commitment") == null) {
            out.add(Finding.material("commitment", "选择告知承诺方式办理的，须提交签署的消防安全告知承诺书"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (a.integer("occupancy") > a.integer("designOccupancy")) {
            out.add(Finding.field("occupancy", "申报容纳人数" + a.integer("occupancy") + "人超过消防设计核定疏散人数"
                    + a.integer("designOccupancy") + "人"));
        }
        if (ENTERTAINMENT.equals(a.text("category"))) {
            long floor = a.integer("floor");
            if (floor <= -2) {
                out.add(Finding.field("floor", "歌舞娱乐放映游艺场所不应布置在地下二层及以下楼层"));
            } else if ((floor == -1 || floor >= 4) && a.decimal("maxRoomArea").compareTo(ROOM_LIMIT) > 0) {
                out.add(Finding.field("maxRoomArea", "歌舞娱乐放映游艺场所设置在地下或四层及以上楼层时，一个厅、室的建筑面积不应大于200平方米"));
            }
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        boolean commitment = COMMITMENT.equals(a.text("mode"));
        String number = Numbers.of("消安检字", a);
        return List.of(IssuedDocument.of(EmergencyItems.FIRE_PERMIT_KIND, "公众聚集场所投入使用、营业前消防安全检查合格证")
                .text("编号：" + number + "。" + a.applicant().name() + "位于" + a.text("address") + "的" + a.text("category") + "（建筑面积"
                        + a.decimal("area").stripTrailingZeros().toPlainString() + "平方米，最大容纳人数" + a.integer("occupancy")
                        + "人）准予投入使用、营业。" + (commitment ? "本许可依告知承诺作出，消防救援机构将对承诺内容进行核查。" : ""))
                .attribute("permitNumber", number)
                .attribute("category", a.text("category"))
                .attribute("occupancy", String.valueOf(a.integer("occupancy")))
                .attribute("mode", a.text("mode"))
                .build());
    }
}
