package org.qinqing.hall.dept.ndrc;

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
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Investment-project items: enterprise filing and approval, energy review, tenders, government projects. */
final class InvestmentItems {
    static final String FILING = "ndrc-investment-project-filing";
    static final String APPROVAL = "ndrc-investment-project-approval";
    static final String EXTENSION = "ndrc-approval-extension";
    static final String TENDER = "ndrc-tender-scheme-approval";
    static final String ENERGY_REVIEW = "ndrc-energy-conservation-review";
    static final String PROPOSAL = "ndrc-government-project-proposal";
    static final String FEASIBILITY = "ndrc-government-project-feasibility";
    static final String BUDGET = "ndrc-government-project-budget";

    /** Vault kind of the approval (核准批复) of an enterprise investment project. */
    static final String APPROVAL_KIND = "investment-project-approval";

    static final String INVESTMENT_REGULATION = "《企业投资项目核准和备案管理条例》（国务院令第673号）";
    private static final String GOVERNMENT_INVESTMENT = "《政府投资条例》（国务院令第712号）第九条；《深圳经济特区政府投资项目管理条例》";

    private InvestmentItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(FILING, "企业投资项目备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(3, 1).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(INVESTMENT_REGULATION + "第三条、第十三条；《企业投资项目核准和备案管理办法》（国家发展和改革委员会令第2号）")
                        .description("不在《政府核准的投资项目目录》内的企业投资项目，在开工建设前通过投资项目在线审批监管平台告知项目信息，即时备案。")
                        .keywords("项目备案", "投资备案", "备案证", "社会投资")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("policy-statement", "项目符合产业政策的声明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("projectAddress", "建设地点", FieldType.TEXT).maxLength(120))
                        .field(FormField.of("totalInvestment", "项目总投资（万元）", FieldType.DECIMAL))
                        .field(FormField.of("fixedAssets", "其中固定资产投资（万元）", FieldType.DECIMAL))
                        .field(FormField.of("plannedStart", "计划开工日期", FieldType.DATE))
                        .field(FormField.of("inApprovalCatalogue", "是否属于《政府核准的投资项目目录》范围", FieldType.BOOLEAN))
                        .field(FormField.of("content", "建设规模及内容", FieldType.TEXT).maxLength(500))
                        .build(),
                Item.of(APPROVAL, "企业投资项目核准").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis(INVESTMENT_REGULATION + "；《政府核准的投资项目目录》")
                        .description("列入《政府核准的投资项目目录》、由区级核准的企业投资项目，报送项目申请报告申请核准；核准文件2年内有效。")
                        .keywords("项目核准", "核准批复")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("application-report", "项目申请报告"))
                        .material(Material.of("land-opinion", "用地预审与选址意见书").optional().note("需要新增建设用地的项目提交"))
                        .field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("projectAddress", "建设地点", FieldType.TEXT).maxLength(120))
                        .field(FormField.of("totalInvestment", "项目总投资（万元）", FieldType.DECIMAL))
                        .field(FormField.of("newLand", "是否新增建设用地", FieldType.BOOLEAN))
                        .build(),
                Item.of(EXTENSION, "企业投资项目核准文件延期").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(INVESTMENT_REGULATION)
                        .description("项目自核准之日起2年内未开工建设、需要延期开工的，在核准文件有效期届满30日前申请延期；只能延期一次，期限不超过1年。")
                        .keywords("核准延期", "延期开工")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("approval", "原项目核准文件").reusable(APPROVAL_KIND))
                        .material(Material.of("delay-reasons", "延期开工理由说明"))
                        .field(FormField.of("approvalDate", "原核准日期", FieldType.DATE))
                        .field(FormField.of("extendedBefore", "是否已延期过", FieldType.BOOLEAN))
                        .build(),
                Item.of(TENDER, "依法必须招标项目招标范围、招标方式和招标组织形式核准").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国招标投标法》；《中华人民共和国招标投标法实施条例》第七条、第八条、第十条；"
                                + "《必须招标的工程项目规定》（国家发展和改革委员会令第16号）")
                        .description("需审批、核准的依法必须招标项目，其招标范围、招标方式和招标组织形式报项目审批、核准部门核准。")
                        .keywords("招标方案", "招标核准", "邀请招标", "自行招标")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("tender-scheme", "招标方案（招标范围、方式、组织形式）"))
                        .material(Material.of("invitation-reasons", "邀请招标理由及证明材料").optional().note("国有资金控股项目申请邀请招标时提交"))
                        .material(Material.of("self-tender-capacity", "自行招标能力证明（专业人员名单及业绩）").optional().note("申请自行招标时提交"))
                        .field(FormField.of("constructionValue", "施工单项合同估算价（万元）", FieldType.DECIMAL))
                        .field(FormField.of("stateShare", "国有资金占比（%）", FieldType.DECIMAL))
                        .field(FormField.of("method", "招标方式", FieldType.CHOICE).options(TenderScheme.METHODS))
                        .field(FormField.of("organisation", "招标组织形式", FieldType.CHOICE).options("委托招标", "自行招标"))
                        .field(FormField.of("invitationReason", "邀请招标理由", FieldType.CHOICE).options(TenderScheme.REASONS).optional())
                        .build(),
                Item.of(ENERGY_REVIEW, "固定资产投资项目节能审查").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国节约能源法》第十五条；《固定资产投资项目节能审查办法》（国家发展和改革委员会）")
                        .description("年综合能源消费量1000吨标准煤以上、5000吨标准煤以下（或年电力消费量500万千瓦时以上）的项目，开工前取得节能审查意见。")
                        .keywords("节能审查", "节能评估", "能评")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("energy-report", "节能报告"))
                        .field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("energyUse", "年综合能源消费量（吨标准煤，当量值）", FieldType.DECIMAL))
                        .field(FormField.of("electricityUse", "年电力消费量（万千瓦时）", FieldType.DECIMAL))
                        .build(),
                governmentProject(PROPOSAL, "政府投资项目建议书审批", "项目建议书", null),
                governmentProject(FEASIBILITY, "政府投资项目可行性研究报告审批", "可行性研究报告", GovernmentProject.Stage.PROPOSAL),
                governmentProject(BUDGET, "政府投资项目初步设计及概算审批", "初步设计文件及投资概算", GovernmentProject.Stage.FEASIBILITY));
    }

    private static Item governmentProject(String code, String name, String document, GovernmentProject.Stage previous) {
        Item.Builder b = Item.of(code, name).type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                .limits(20, 15).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                .legalBasis(GOVERNMENT_INVESTMENT)
                .description("区政府直接投资或资本金注入的项目，由项目单位报送" + document + "，区发展和改革局审批。")
                .keywords("政府投资", "立项", document)
                .material(Material.of("unit-certificate", "项目单位统一社会信用代码证书"))
                .material(Material.of("document", document));
        if (previous != null) {
            b.material(Material.of("previous-approval", previous.title).reusable(previous.kind));
        }
        b.field(FormField.of("projectName", "项目名称", FieldType.TEXT).maxLength(100))
                .field(FormField.of("investment", "本阶段总投资（万元）", FieldType.DECIMAL));
        if (previous != null) {
            b.field(FormField.of("approvedInvestment", "上一阶段批复总投资（万元）", FieldType.DECIMAL));
        }
        return b.build();
    }
}
