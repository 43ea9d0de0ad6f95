package org.qinqing.hall.dept.housing;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
import static org.qinqing.hall.spi.Flag.VIP;
import static org.qinqing.hall.spi.Flag.ZERO_VISIT;

import java.util.List;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/** Construction items of 南山区住房和建设局 (all for enterprises, all fully online). */
final class HousingBuildItems {
    static final String CONSTRUCTION_PERMIT = "housing-construction-permit";
    static final String PERMIT_CHANGE = "housing-construction-permit-change";
    static final String PERMIT_EXTENSION = "housing-construction-permit-extension";
    static final String BIDDING_REPORT = "housing-bidding-report-filing";
    static final String COMPLETION_FILING = "housing-completion-acceptance-filing";
    static final String CRANE_REGISTRATION = "housing-crane-use-registration";
    static final String FIRE_ACCEPTANCE = "housing-fire-acceptance";
    static final String FIRE_FILING = "housing-fire-acceptance-filing";

    /** Vault kind of the 建筑工程施工许可证, reused by the presale permit. */
    static final String PERMIT_KIND = "construction-permit";

    private static final String CONSTRUCTION_LAW = "《中华人民共和国建筑法》";
    private static final String PERMIT_RULES = "《建筑工程施工许可管理办法》";
    private static final String FIRE_RULES = "《中华人民共和国消防法》第十三条；《建设工程消防设计审查验收管理暂行规定》";

    private HousingBuildItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(CONSTRUCTION_PERMIT, "建筑工程施工许可证核发").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(7, 3).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP)
                        .maxVisits(1)
                        .legalBasis(CONSTRUCTION_LAW + "第七条至第九条；" + PERMIT_RULES + "第二条、第四条")
                        .description("工程投资额30万元以上且建筑面积300平方米以上的建筑工程开工前申领；自领取之日起三个月内开工。")
                        .keywords("施工许可", "开工许可", "施工证")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("land-title", "建设用地不动产权证书或用地批准手续"))
                        .material(Material.of("planning-permit", "建设工程规划许可证").reusable("construction-planning-permit"))
                        .material(Material.of("construction-contract", "中标通知书及施工合同"))
                        .material(Material.of("drawings", "施工图设计文件审查合格书"))
                        .material(Material.of("safety-measures", "保证工程质量和安全的具体措施"))
                        .material(Material.of("funding-commitment", "建设资金已经落实承诺书"))
                        .field(FormField.of("projectName", "工程名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("district", "工程所在区", FieldType.CHOICE).options(ConstructionPermit.DISTRICTS))
                        .field(FormField.of("investment", "工程投资额（万元）", FieldType.DECIMAL))
                        .field(FormField.of("floorArea", "建筑面积（平方米）", FieldType.DECIMAL))
                        .build(),
                Item.of(PERMIT_CHANGE, "建筑工程施工许可证变更").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(CONSTRUCTION_LAW + "；" + PERMIT_RULES)
                        .keywords("施工许可变更", "变更施工单位")
                        .material(Material.of("permit", "建筑工程施工许可证").reusable(PERMIT_KIND))
                        .material(Material.of("change-proof", "变更事项证明材料"))
                        .field(FormField.of("changeItem", "变更事项", FieldType.CHOICE).options("建设单位名称", "施工单位", "监理单位", "项目负责人"))
                        .build(),
                Item.of(PERMIT_EXTENSION, "建筑工程施工许可证延期").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(CONSTRUCTION_LAW + "第九条")
                        .description("因故不能按期开工的，在期满前申请延期；延期以两次为限，每次不超过三个月。")
                        .keywords("施工许可延期", "延期开工")
                        .material(Material.of("permit", "建筑工程施工许可证").reusable(PERMIT_KIND))
                        .material(Material.of("reason", "延期理由说明"))
                        .field(FormField.of("startDeadline", "当前应开工期限", FieldType.DATE))
                        .field(FormField.of("extensionsSoFar", "已延期次数", FieldType.INTEGER))
                        .field(FormField.of("months", "申请延期月数", FieldType.INTEGER))
                        .build(),
                Item.of(BIDDING_REPORT, "依法必须招标项目招标投标情况书面报告备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国招标投标法》第四十七条；《必须招标的工程项目规定》")
                        .keywords("招标备案", "中标备案")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("bidding-report", "招标投标情况书面报告"))
                        .material(Material.of("award-notice", "中标通知书"))
                        .field(FormField.of("contractType", "合同类别", FieldType.CHOICE).options(BiddingReport.TYPES))
                        .field(FormField.of("contractAmount", "单项合同估算价（万元）", FieldType.DECIMAL))
                        .field(FormField.of("awardDate", "确定中标人日期", FieldType.DATE))
                        .build(),
                Item.of(COMPLETION_FILING, "房屋建筑和市政基础设施工程竣工验收备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 2).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《建设工程质量管理条例》第四十九条；《房屋建筑和市政基础设施工程竣工验收备案管理办法》")
                        .keywords("竣工备案", "竣工验收")
                        .material(Material.of("acceptance-report", "工程竣工验收报告"))
                        .material(Material.of("planning-check", "规划条件核实意见"))
                        .material(Material.of("fire-acceptance", "特殊建设工程消防验收意见书").optional().reusable(FireKinds.ACCEPTANCE)
                                .note("特殊建设工程提交"))
                        .material(Material.of("fire-filing", "其他建设工程消防验收备案凭证").optional().reusable(FireKinds.FILING)
                                .note("其他建设工程提交"))
                        .material(Material.of("warranty", "工程质量保修书"))
                        .field(FormField.of("acceptanceDate", "竣工验收合格日期", FieldType.DATE))
                        .field(FormField.of("specialProject", "属于特殊建设工程", FieldType.BOOLEAN))
                        .build(),
                Item.of(CRANE_REGISTRATION, "建筑起重机械使用登记").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(7, 5).flags(ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《中华人民共和国特种设备安全法》第一百条；《建筑起重机械安全监督管理规定》")
                        .description("使用单位自建筑起重机械安装验收合格之日起30日内办理使用登记。")
                        .keywords("塔吊登记", "施工升降机")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("acceptance", "安装验收资料及检验检测报告"))
                        .material(Material.of("operators", "特种作业人员名单及操作资格证书"))
                        .field(FormField.of("equipment", "设备类别", FieldType.CHOICE).options("塔式起重机", "施工升降机", "物料提升机"))
                        .build(),
                Item.of(FIRE_ACCEPTANCE, "特殊建设工程消防验收").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(15, 7).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(FIRE_RULES)
                        .keywords("消防验收", "消防合格")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("fire-check", "工程竣工验收报告及消防查验报告"))
                        .material(Material.of("design-approval", "特殊建设工程消防设计审查意见书"))
                        .build(),
                Item.of(FIRE_FILING, "其他建设工程消防验收备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(FIRE_RULES)
                        .keywords("消防备案")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("fire-check", "工程竣工验收报告及消防查验报告"))
                        .build());
    }
}
