package org.qinqing.hall.dept.market;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 特种设备使用登记. Equipment whose installation is supervised (lifts, boilers, pressure vessels,
 * cranes, large amusement rides — 《特种设备安全法》第二十五条) comes with the supervision certificate;
 * registration before use or within 30 days after it (第三十三条).
 */
final class SpecialEquipmentRegistration implements ApprovalHandler {
    static final String[] TYPES = {"电梯", "锅炉", "压力容器", "起重机械", "场（厂）内专用机动车辆", "大型游乐设施"};
    static final Set<String> SUPERVISED = Set.of("电梯", "锅炉", "压力容器", "起重机械", "大型游乐设施");
    static final Map<String, String> SHORT = Map.of("电梯", "梯", "锅炉", "锅", "压力容器", "容", "起重机械", "起",
            "场（厂）内专用机动车辆", "车", "大型游乐设施", "游");
    static final int DAYS = 30;

    @Override
    public CheckResult check(Application a) {
        String type = a.text("equipmentType");
        if (SUPERVISED.contains(type) && a.material("supervision-inspection") == null) {
            return CheckResult.supplement(Finding.material("supervision-inspection", type + "的安装须经监督检验，请提交安装监督检验证明"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        LocalDate latest = a.date("commissioningDate").plusDays(DAYS);
        if (a.date().isAfter(latest)) {
            return List.of(Finding.field("commissioningDate", "特种设备应当在投入使用前或者投入使用后30日内办理使用登记，本设备应于"
                    + latest + "前登记，已逾期，须先接受处理"));
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String type = a.text("equipmentType");
        String number = SHORT.get(type) + "11粤B" + String.format("%05d", Math.floorMod(String.valueOf(a.caseNumber()).hashCode(), 100_000))
                + "(" + String.format("%02d", a.date().getYear() % 100) + ")";
        return List.of(IssuedDocument.of("special-equipment-registration", "特种设备使用登记证")
                .text("使用登记证编号：" + number + "。使用单位：" + a.applicant().name() + "。设备类别：" + type + "。设备代码："
                        + a.text("equipmentCode") + "。使用地点：" + a.text("location") + "。")
                .attribute("registrationNumber", number)
                .attribute("equipmentType", type)
                .build());
    }
}
