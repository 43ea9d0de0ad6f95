package org.qinqing.hall.dept.ecology;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.VIP;
import static org.qinqing.hall.spi.Flag.WECHAT;
import static org.qinqing.hall.spi.Flag.ZERO_VISIT;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Environmental impact assessment, night construction and complaints. */
final class EiaItems {

    private EiaItems() {
    }

    private static Item.Builder approval(String code, String name, int legal, int promised, String document) {
        return Item.of(code, name).type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                .limits(legal, promised).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                .legalBasis(EcologyItems.EIA_LAW + "第十六条、第二十二条、第二十五条；《建设项目环境保护管理条例》第九条")
                .keywords("环评审批", "环评批复", "环境影响评价")
                .material(CommonMaterials.businessLicence())
                .material(Material.of("report", document).form(MaterialForm.ELECTRONIC))
                .material(Material.of("project-approval", "项目备案、核准或批准文件").optional())
                .field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                .field(FormField.of("location", "建设地点", FieldType.TEXT).maxLength(200))
                .field(FormField.of("totalInvestment", "总投资（万元）", FieldType.DECIMAL))
                .field(FormField.of("envInvestment", "环保投资（万元）", FieldType.DECIMAL))
                .field(FormField.of("constructionStarted", "是否已开工建设", FieldType.BOOLEAN))
                .field(FormField.of("inRedLine", "是否占用生态保护红线", FieldType.BOOLEAN));
    }

    static List<Item> all() {
        return List.of(
                approval(EcologyItems.EIA_FORM_APPROVAL, "建设项目环境影响报告表审批", 30, 10, "建设项目环境影响报告表")
                        .description("审批部门自收到报告表之日起30日内作出审批决定。环评文件未经批准的，建设单位不得开工建设。批复自批准之日起超过五年方开工的须重新审核。")
                        .build(),
                approval(EcologyItems.EIA_BOOK_APPROVAL, "建设项目环境影响报告书审批", 60, 30, "建设项目环境影响报告书（含公众参与说明）")
                        .description("审批部门自收到报告书之日起60日内作出审批决定；对可能造成重大环境影响的项目组织技术评估。")
                        .build(),
                Item.of(EcologyItems.EIA_REGISTRATION, "建设项目环境影响登记表备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 0).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(EcologyItems.EIA_LAW + "第十六条、第二十二条；《建设项目环境影响登记表备案管理办法》")
                        .description("《建设项目环境影响评价分类管理名录》规定填报登记表的项目，在建成并投入生产运营前通过网上备案系统备案，即时取得备案回执。")
                        .keywords("环评登记表", "环评备案", "登记表备案")
                        .field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("location", "建设地点", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("category", "环评类别", FieldType.CHOICE).options(EiaRegistration.REGISTRATION_FORM, EiaRegistration.REPORT))
                        .field(FormField.of("operationDate", "计划投入生产运营日期", FieldType.DATE))
                        .field(FormField.of("totalInvestment", "总投资（万元）", FieldType.DECIMAL))
                        .build(),
                Item.of(EcologyItems.EIA_RECHECK, "建设项目环境影响评价文件重新审核").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(10, 5).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(EcologyItems.EIA_LAW + "第二十四条")
                        .description("环评文件自批准之日起超过五年方决定开工建设的，报原审批部门重新审核；原审批部门自收到之日起10日内书面通知审核意见。"
                                + "项目性质、规模、地点、工艺或防治措施发生重大变动的，应当重新报批。")
                        .keywords("环评重新审核", "环评过期")
                        .material(Material.of("eia-approval", "原环境影响评价文件批复").reusable(EcologyItems.EIA_APPROVAL_KIND))
                        .material(Material.of("situation", "项目建设及周边环境变化情况说明"))
                        .field(FormField.of("approvalDate", "原批复日期", FieldType.DATE))
                        .field(FormField.of("majorChange", "项目是否发生重大变动", FieldType.BOOLEAN))
                        .build(),
                Item.of(EcologyItems.NIGHT_CONSTRUCTION, "夜间连续施工作业证明").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(3, 2).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国噪声污染防治法》第四十三条；《深圳经济特区环境噪声污染防治条例》")
                        .description("在噪声敏感建筑物集中区域禁止夜间进行产生噪声的建筑施工作业；因生产工艺要求或者其他特殊需要必须连续施工的，取得证明并在施工现场公示。"
                                + "抢修、抢险作业无需证明。")
                        .keywords("夜间施工", "噪声", "夜间作业许可")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("construction-permit", "建筑工程施工许可证"))
                        .material(Material.of("process-proof", "连续施工工艺要求的技术说明").optional().note("因生产工艺要求申请的提交"))
                        .material(Material.of("noise-measures", "降噪措施及公告附近居民方案"))
                        .field(FormField.of("site", "施工地点", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("reason", "连续施工理由", FieldType.CHOICE).options(NightConstruction.REASONS))
                        .field(FormField.of("startDate", "开始日期", FieldType.DATE))
                        .field(FormField.of("endDate", "结束日期", FieldType.DATE))
                        .build(),
                Item.of(EcologyItems.COMPLAINT, "生态环境信访投诉").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(60, 40).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《信访工作条例》；《中华人民共和国环境保护法》第五十七条")
                        .description("对噪声、油烟、废水、废气等环境污染问题投诉，信访事项自受理之日起60日内办结。")
                        .keywords("环保投诉", "12345", "噪音投诉", "油烟投诉")
                        .material(Material.of("evidence", "照片、视频等证据").optional().form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("pollution", "污染类型", FieldType.CHOICE).options("噪声", "餐饮油烟", "废气", "废水", "固体废物", "其他"))
                        .field(FormField.of("location", "污染发生地点", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("description", "情况描述", FieldType.TEXT).maxLength(1000))
                        .build());
    }
}
