package org.qinqing.hall.dept.urban;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 户外招牌设置 (秒批). Sizes are positive; on a roof or an upper wall a structural safety certificate
 * comes along. The signboard is not wider than the shopfront, stands out at most 0.5 m from a wall it
 * runs parallel to, and with a short side above 3 m it is an advertising facility, not a signboard;
 * its text is the shop's name and mark only — no phone numbers. Issues the permit (kind
 * {@code signboard-permit}).
 */
final class Signboard implements ApprovalHandler {
    static final String LINTEL = "一层门楣";
    static final String ROOF = "楼顶";
    static final String UPPER_WALL = "二层及以上外墙";
    static final String[] POSITIONS = {LINTEL, UPPER_WALL, ROOF};
    static final BigDecimal MAX_PROJECTION = new BigDecimal("0.5");
    static final BigDecimal MAX_SHORT_SIDE = new BigDecimal("3");
    static final Pattern PHONE = Pattern.compile("\\d{7,}|1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}");

    @Override
    public CheckResult check(Application a) {
        List<Finding> out = new ArrayList<>();
        for (String key : new String[] {"shopfrontWidth", "width", "height"}) {
            if (a.decimal(key).signum() <= 0) {
                out.add(Finding.field(key, "尺寸须大于0"));
            }
        }
        if (a.decimal("projection").signum() < 0) {
            out.add(Finding.field("projection", "突出墙面距离不能为负数"));
        }
        if (!LINTEL.equals(a.text("position")) && a.material("structure-safety") == null) {
            out.add(Finding.material("structure-safety", "在" + a.text("position") + "设置招牌的，须提交结构安全证明"));
        }
        return out.isEmpty() ? CheckResult.accept() : CheckResult.supplement(out);
    }

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        BigDecimal width = a.decimal("width");
        BigDecimal height = a.decimal("height");
        if (width.compareTo(a.decimal("shopfrontWidth")) > 0) {
            out.add(Finding.field("width", "招牌长度" + plain(width) + "米超出店面宽度" + plain(a.decimal("shopfrontWidth")) + "米"));
        }
        if (width.min(height).compareTo(MAX_SHORT_SIDE) > 0) {
            out.add(Finding.field("height", "招牌短边超过3米，属于户外广告设施，请申请户外广告设施设置"));
        }
        if (a.decimal("projection").compareTo(MAX_PROJECTION) > 0) {
            out.add(Finding.field("projection", "招牌突出墙面不得超过0.5米，申报为" + plain(a.decimal("projection")) + "米"));
        }
        if (PHONE.matcher(a.text("text")).find()) {
            out.add(Finding.field("text", "招牌内容仅限店名、字号和标识，不得含有电话号码等信息"));
        }
        return out;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of(UrbanItems.SIGNBOARD_KIND, "户外招牌设置核准通知书")
                .text(a.applicant().name() + "在" + a.text("address") + "（" + a.text("position") + "）设置招牌“" + a.text("text") + "”，尺寸"
                        + plain(a.decimal("width")) + "米×" + plain(a.decimal("height")) + "米，准予设置。设置人应当保持招牌整洁、完好、安全。")
                .attribute("text", a.text("text"))
                .attribute("width", plain(a.decimal("width")))
                .attribute("height", plain(a.decimal("height")))
                .attribute("position", a.text("position"))
                .build());
    }
}
