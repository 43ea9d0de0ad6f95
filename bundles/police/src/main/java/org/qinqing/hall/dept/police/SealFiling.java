package org.qinqing.hall.dept.police;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/** 公章刻制备案 (秒批): the legend of the official seal is the registered name of the enterprise, word for word. */
final class SealFiling implements ApprovalHandler {
    static final String OFFICIAL = "单位公章";
    static final String[] TYPES = {OFFICIAL, "财务专用章", "发票专用章", "合同专用章", "法定代表人名章"};

    @Override
    public List<Finding> review(Application a) {
        String name = a.applicant().name();
        if (OFFICIAL.equals(a.text("sealType")) && !name.isEmpty() && !name.equals(a.text("sealText"))) {
            return List.of(Finding.field("sealText", "单位公章印文须与登记名称“" + name + "”一致"));
        }
        if (!OFFICIAL.equals(a.text("sealType")) && !"法定代表人名章".equals(a.text("sealType")) && !name.isEmpty()
                && !a.text("sealText").startsWith(name)) {
            return List.of(Finding.field("sealText", a.text("sealType") + "印文须以单位登记名称“" + name + "”开头"));
        }
        return List.of();
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("seal-filing", "印章备案信息（" + a.text("sealType") + "）")
                .text("印文：" + a.text("sealText") + "，已备案。").attribute("sealType", a.text("sealType")).build());
    }
}
