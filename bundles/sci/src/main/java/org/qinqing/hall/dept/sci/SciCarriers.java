package org.qinqing.hall.dept.sci;

import java.util.List;
import org.qinqing.hall.spi.ItemType;

/** The carriers and platforms the bureau recognises (3-year recognition) or recommends to the city. */
final class SciCarriers {
    static final String INCUBATOR = "sci-incubator-recognition";
    static final String MAKERSPACE = "sci-makerspace-recognition";
    static final String NEW_RD = "sci-new-rd-institution-recommendation";
    static final String ENGINEERING_CENTER = "sci-engineering-center-recommendation";
    static final String KEY_LAB = "sci-key-lab-recommendation";
    static final String SCIENCE_BASE = "sci-popular-science-base";

    private static final String TRANSFER_LAW = "《中华人民共和国促进科技成果转化法》";
    private static final String INNOVATION = "《中华人民共和国科学技术进步法》；《深圳经济特区科技创新条例》";

    private SciCarriers() {
    }

    static final List<CarrierSpec> SPECS = List.of(
            new CarrierSpec(INCUBATOR, "南山区科技企业孵化器认定", ItemType.CONFIRMATION, TRANSFER_LAW + "；《科技企业孵化器管理办法》（科学技术部）",
                    "南山区科技企业孵化器认定证书", "nanshan-incubator-recognition", 3, 12)
                    .min("area", "孵化场地面积", "平方米", 2_000, false)
                    .figure("incubationArea", "在孵企业使用面积", "平方米")
                    .min("tenants", "在孵企业数量", "家", 20, true)
                    .min("serviceStaff", "专职孵化服务人员", "人", 5, true)
                    .share("incubationArea", "area", "在孵企业使用面积占孵化场地面积", 75)
                    .material("premises", "孵化场地产权证明或租赁合同")
                    .material("tenant-list", "在孵企业名单及入孵协议")
                    .describe("在南山区运营满1年、孵化场地2000平方米以上、在孵企业20家以上的科技企业孵化器申请区级认定。", "孵化器", "孵化载体"),
            new CarrierSpec(MAKERSPACE, "南山区众创空间认定", ItemType.CONFIRMATION, TRANSFER_LAW + "；《发展众创空间工作指引》（科学技术部）",
                    "南山区众创空间认定证书", "nanshan-makerspace-recognition", 3, 6)
                    .min("area", "场地面积", "平方米", 500, false)
                    .figure("publicArea", "公共服务场地面积", "平方米")
                    .min("workstations", "开放工位数", "个", 50, true)
                    .min("teams", "入驻创业团队和企业", "个", 10, true)
                    .share("publicArea", "area", "公共服务场地面积占比", 20)
                    .material("premises", "场地产权证明或租赁合同")
                    .material("team-list", "入驻创业团队和企业名单")
                    .describe("在南山区运营满6个月、面向创业团队提供开放工位和创业服务的众创空间申请区级认定。", "众创空间", "创客空间"),
            new CarrierSpec(NEW_RD, "新型研发机构认定推荐", ItemType.PUBLIC_SERVICE, INNOVATION + "；《关于促进新型研发机构发展的指导意见》（科学技术部）",
                    "新型研发机构区级推荐意见", "new-rd-institution-recommendation", 0, 12)
                    .min("area", "科研场所面积", "平方米", 1_000, false)
                    .min("researchers", "研发人员", "人", 30, true)
                    .figure("staff", "在职人员总数", "人")
                    .min("annualRd", "上年度研发经费支出", "万元", 300, false)
                    .figure("annualIncome", "上年度收入总额", "万元")
                    .share("researchers", "staff", "研发人员占在职人员比例", 30)
                    .share("annualRd", "annualIncome", "研发经费支出占收入总额比例", 30)
                    .material("rd-audit", "上年度研发经费专项审计报告")
                    .describe("在南山区独立注册、运营满1年、以研发为主营的新型研发机构，由区科技创新局初审后推荐参加市级认定。", "新型研发机构"),
            new CarrierSpec(ENGINEERING_CENTER, "工程技术研究中心认定推荐", ItemType.PUBLIC_SERVICE, INNOVATION,
                    "工程技术研究中心区级推荐意见", "engineering-center-recommendation", 0, 24)
                    .min("area", "研发场地面积", "平方米", 500, false)
                    .min("researchers", "研发人员", "人", 20, true)
                    .figure("staff", "在职人员总数", "人")
                    .min("annualRd", "上年度研发投入", "万元", 500, false)
                    .share("researchers", "staff", "研发人员占在职人员比例", 10)
                    .material("rd-audit", "上年度研发投入专项审计报告")
                    .material("achievements", "近两年工程化研究成果及转化情况")
                    .describe("研发机构运行满2年的南山区企业申报市级工程技术研究中心，由区科技创新局初审推荐。", "工程中心", "研发中心"),
            new CarrierSpec(KEY_LAB, "重点实验室认定推荐", ItemType.PUBLIC_SERVICE, INNOVATION,
                    "重点实验室区级推荐意见", "key-lab-recommendation", 0, 24)
                    .min("area", "实验室面积", "平方米", 800, false)
                    .min("researchers", "固定研究人员", "人", 30, true)
                    .min("equipmentValue", "科研仪器设备原值", "万元", 1_000, false)
                    .min("annualRd", "上年度研究经费", "万元", 300, false)
                    .material("lab-plan", "实验室建设方案及学术委员会名单")
                    .describe("运行满2年、从事应用基础研究的实验室申报市级重点实验室，由区科技创新局初审推荐。", "重点实验室"),
            new CarrierSpec(SCIENCE_BASE, "科普教育基地认定", ItemType.CONFIRMATION, "《中华人民共和国科学技术普及法》",
                    "南山区科普教育基地认定证书", "popular-science-base-recognition", 3, 12)
                    .min("area", "科普展教面积", "平方米", 300, false)
                    .min("openDays", "年对公众开放天数", "天", 100, true)
                    .min("visitors", "年接待公众", "人次", 5_000, true)
                    .min("guides", "专兼职科普讲解人员", "人", 3, true)
                    .material("programme", "科普展教内容及年度活动计划")
                    .describe("面向公众开放、常年开展科普活动满1年的场馆、企业展厅和科研机构申请区级科普教育基地认定。", "科普基地", "科普"));
}
