package org.qinqing.hall.dept.transport;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 机动车维修经营备案 (秒批, 《机动车维修管理规定》): a class one or two repair business has at least one
 * technical lead and one quality inspector; a class three (specialised) business needs neither.
 */
final class MaintenanceFiling implements ApprovalHandler {
    static final String CLASS_ONE = "一类机动车维修经营";
    static final String CLASS_TWO = "二类机动车维修经营";
    static final String CLASS_THREE = "三类机动车维修经营（专项维修）";
    static final String[] CATEGORIES = {CLASS_ONE, CLASS_TWO, CLASS_THREE};

    @Override
    public List<Finding> review(Application a) {
        List<Finding> out = new ArrayList<>();
        if (!CLASS_THREE.equals(a.text("category"))) {
            if (a.integer("technicalLeads") < 1) {
                out.add(Finding.field("technicalLeads", "从事一类、二类维修业务的，应当配备至少1名技术负责人员"));
            }
            if (a.integer("qualityInspectors") < 1) {
                out.add(Finding.field("qualityInspectors", "从事一类、二类维修业务的，应当配备至少1名质量检验人员"));
            }
        }
        return out;
    }

    @Override
    public boolean approvesInstantly(Application a) {
        return true;
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("vehicle-maintenance-filing", "机动车维修经营备案回执")
                .text(a.applicant().name() + "已办理" + a.text("category") + "备案。")
                .build());
    }
}
