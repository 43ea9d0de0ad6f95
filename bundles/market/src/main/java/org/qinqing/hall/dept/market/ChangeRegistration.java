package org.qinqing.hall.dept.market;

import java.time.LocalDate;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 企业变更登记. A new legal representative's ID, new premises or the reduction notice come with the
 * change that needs them; a move out of Shenzhen is registered by the new authority
 * (《市场主体登记管理条例》第二十七条); a capital reduction waits until creditors have had their 45 days
 * from the public notice (《公司法》第二百二十四条).
 */
final class ChangeRegistration implements ApprovalHandler {
    static final String NAME = "名称";
    static final String ADDRESS = "住所";
    static final String LEGAL_REP = "法定代表人";
    static final String CAPITAL_UP = "注册资本（增加）";
    static final String CAPITAL_DOWN = "注册资本（减少）";
    static final String[] TYPES = {NAME, ADDRESS, LEGAL_REP, CAPITAL_UP, CAPITAL_DOWN, "经营范围", "股东"};
    static final int CREDITOR_DAYS = 45;

    @Override
    public CheckResult check(Application a) {
        String type = a.text("changeType");
        if (a.date("resolutionDate").isAfter(a.date())) {
            return CheckResult.supplement(Finding.field("resolutionDate", "变更决议（决定）作出日期不能晚于申请日期"));
        }
        if (ADDRESS.equals(type) && !a.text("newValue").startsWith("深圳市")) {
            return CheckResult.reject("住所迁出深圳市的，应当在迁入新住所前向迁入地登记机关申请变更登记");
        }
        if (LEGAL_REP.equals(type) && a.material("new-legal-rep-id") == null) {
            return CheckResult.supplement(Finding.material("new-legal-rep-id", "变更法定代表人的，须提交新任法定代表人身份证明"));
        }
        if (ADDRESS.equals(type) && a.material("premises") == null) {
            return CheckResult.supplement(Finding.material("premises", "变更住所的，须提交新住所使用证明"));
        }
        if (CAPITAL_DOWN.equals(type) && (a.material("reduction-notice") == null || a.date("noticeDate") == null)) {
            return CheckResult.supplement(Finding.material("reduction-notice", "减少注册资本的，须提交减资公告及债务清偿或担保情况说明，并填写公告日期"));
        }
        return CheckResult.accept();
    }

    @Override
    public List<Finding> review(Application a) {
        if (CAPITAL_DOWN.equals(a.text("changeType"))) {
            LocalDate open = a.date("noticeDate").plusDays(CREDITOR_DAYS);
            if (a.date().isBefore(open)) {
                return List.of(Finding.field("noticeDate", "债权人自减资公告之日起四十五日内有权要求清偿债务或提供担保，"
                        + open + "前不能办理减资登记"));
            }
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("change-registration-notice", "准予变更登记通知书")
                .text(a.applicant().name() + "：你单位" + a.text("changeType") + "变更登记申请已核准，变更后为：" + a.text("newValue")
                        + "。请下载更新后的电子营业执照。")
                .attribute("changeType", a.text("changeType"))
                .build());
    }
}
