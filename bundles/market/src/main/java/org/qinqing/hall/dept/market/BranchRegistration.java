package org.qinqing.hall.dept.market;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 分公司设立登记: a branch's name carries the name of the company it belongs to and ends in
 * 分公司、分厂 or 分店 (《企业名称登记管理规定》). Issues the branch's own 营业执照.
 */
final class BranchRegistration implements ApprovalHandler {
    static final String[] SUFFIXES = {"分公司", "分厂", "分店"};

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        String name = a.text("branchName");
        String parent = a.applicant().name();
        if (!parent.isEmpty() && !name.startsWith(parent)) {
            out.add(Finding.field("branchName", "分支机构名称应当冠以所从属企业的名称“" + parent + "”"));
        }
        boolean suffix = false;
        for (String s : SUFFIXES) {
            suffix |= name.endsWith(s);
        }
        if (!suffix) {
            out.add(Finding.field("branchName", "分支机构名称应当缀以“分公司”“分厂”或“分店”等字词"));
        }
        return out;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        String code = Licences.creditCode(Licences.ENTERPRISE, a);
        return List.of(IssuedDocument.of("branch-business-licence", "营业执照（分公司）")
                .text("统一社会信用代码：" + code + "。名称：" + a.text("branchName") + "。营业场所：" + a.text("address")
                        + "。隶属企业：" + a.applicant().name() + "（" + a.applicant().number() + "）。")
                .attribute("creditCode", code)
                .attribute("name", a.text("branchName"))
                .build());
    }
}
