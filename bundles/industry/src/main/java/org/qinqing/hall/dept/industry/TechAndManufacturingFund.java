package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.dept.industry.FundCategory.award;
import static org.qinqing.hall.dept.industry.FundCategory.financing;
import static org.qinqing.hall.dept.industry.FundCategory.growth;
import static org.qinqing.hall.dept.industry.FundCategory.headcount;
import static org.qinqing.hall.dept.industry.FundCategory.premises;
import static org.qinqing.hall.dept.industry.FundCategory.share;
import static org.qinqing.hall.dept.industry.FundCategory.tiered;
import static org.qinqing.hall.dept.industry.FundPolicy.MANUFACTURING;
import static org.qinqing.hall.dept.industry.FundPolicy.TECH;
import static org.qinqing.hall.dept.industry.FundTiers.LEVEL;
import static org.qinqing.hall.dept.industry.FundTiers.QUALITY;
import static org.qinqing.hall.dept.industry.FundTiers.SPECIALISED;
import static org.qinqing.hall.dept.industry.FundTiers.STANDARD;
import static org.qinqing.hall.spi.ItemType.PAYMENT;
import static org.qinqing.hall.spi.ItemType.REWARD;

import java.util.List;

/**
 * Fund categories of the sub-policies 科技创新 (18) and 先进制造业与工业发展 (17).
 * Limits: 核准类 30 working days (promised 15 or 20), 评审类 with expert review 60 (promised 40),
 * 秒批 rewards 20 (promised 1).
 */
final class TechAndManufacturingFund {
    /** Vault kind of the national high-tech enterprise certificate. */
    static final String HIGH_TECH_CERTIFICATE = "high-tech-enterprise-certificate";
    /** Vault kind of the 科技型中小企业 registration the science bureau issues. */
    static final String TECH_SME_REGISTRATION = "tech-sme-registration";

    private TechAndManufacturingFund() {
    }

    //   code suffix, name, sub-policy, [type], legal, promised, base / certificate, rate %, cap 元, thresholds
    static final List<FundCategory> ROWS = List.of(
            award("hte-first", "国家高新技术企业首次认定奖励", TECH, 20, 1, "国家高新技术企业证书", 100_000, 12)
                    .kind(HIGH_TECH_CERTIFICATE),
            award("hte-renewal", "国家高新技术企业重新认定奖励", TECH, 20, 1, "国家高新技术企业证书", 50_000, 12)
                    .kind(HIGH_TECH_CERTIFICATE),
            award("hte-relocation", "国家高新技术企业整体迁入奖励", TECH, 20, 1, "迁入南山区的变更登记通知书及有效期内的国家高新技术企业证书",
                    200_000, 12),
            share("rd-investment", "企业研发投入资助", TECH, PAYMENT, 30, 15, "上年度研发费用（加计扣除口径）", 10, 2_000_000, 1_000, 300),
            growth("rd-growth", "企业研发投入增长奖励", TECH, 30, 15, "研发投入", 10, 1_000_000, 500, 20),
            share("core-tech", "关键核心技术攻关项目资助", TECH, PAYMENT, 60, 40, "项目研发总投入", 30, 5_000_000, 0, 500),
            share("national-match", "国家和省级科技计划项目配套资助", TECH, PAYMENT, 30, 20, "获得国家或省级财政资助金额", 30, 3_000_000, 0, 50),
            share("city-match", "市级科技计划项目配套资助", TECH, PAYMENT, 30, 15, "获得市级财政资助金额", 20, 1_000_000, 0, 30),
            tiered("new-rd-institution", "新型研发机构认定奖励", TECH, 30, 20, "新型研发机构认定文件", LEVEL, 5_000_000, 12),
            tiered("innovation-platform", "重点实验室、工程技术研究中心等创新载体认定奖励", TECH, 30, 20, "创新载体认定（批复）文件", LEVEL,
                    3_000_000, 12),
            tiered("tech-center", "企业技术中心认定奖励", TECH, 30, 15, "企业技术中心认定文件", LEVEL, 2_000_000, 12),
            headcount("pct-patent", "PCT国际专利申请资助", TECH, PAYMENT, 30, 15, "上年度进入国家阶段的PCT专利申请件数", 10_000, 500_000, 1,
                    0, false),
            tiered("standard", "技术标准制定奖励", TECH, 30, 20, "已发布的标准文本及主导制定证明", STANDARD, 1_000_000, 24),
            tiered("science-award", "科学技术奖获奖配套奖励", TECH, 30, 15, "科学技术奖获奖证书", LEVEL, 1_000_000, 12),
            share("incubator-operation", "科技企业孵化器（众创空间）运营资助", TECH, PAYMENT, 60, 40, "上年度孵化服务运营费用", 30, 1_000_000,
                    0, 100),
            award("tech-sme", "科技型中小企业首次入库奖励", TECH, 20, 1, "科技型中小企业入库登记编号证明", 20_000, 12)
                    .kind(TECH_SME_REGISTRATION),
            share("tech-transfer", "技术转移转化资助", TECH, PAYMENT, 30, 20, "上年度经认定登记的技术合同成交额", 2, 1_000_000, 0, 100),
            share("industry-university", "产学研合作项目资助", TECH, PAYMENT, 60, 40, "产学研合作合同实际支付金额", 20, 1_000_000, 0, 50),

            growth("value-added-growth", "工业企业增加值增长奖励", MANUFACTURING, 30, 15, "工业增加值", 3, 3_000_000, 5_000, 10),
            award("scale-up", "工业企业“小升规”奖励", MANUFACTURING, 20, 1, "规模以上工业企业纳统证明", 200_000, 12),
            share("tech-renovation", "工业企业技术改造投资补贴", MANUFACTURING, PAYMENT, 60, 40, "技术改造项目设备投资额", 15, 5_000_000,
                    2_000, 500).requires("renovation-filing", "技术改造投资项目备案证", IndustryItems.TECH_RENOVATION_FILING),
            financing("renovation-loan", "技术改造项目贷款贴息", MANUFACTURING, 30, 15, "技术改造项目贷款本金", "已支付贷款利息", 50,
                    2_000_000, 500),
            share("smart-manufacturing", "智能制造示范项目资助", MANUFACTURING, PAYMENT, 60, 40, "智能化改造项目投资额", 20, 3_000_000, 0,
                    300),
            share("cloud-platform", "工业互联网应用（企业上云上平台）资助", MANUFACTURING, PAYMENT, 30, 15, "上云上平台服务费用", 30, 500_000,
                    0, 10),
            share("first-set", "首台（套）重大技术装备推广应用奖励", MANUFACTURING, REWARD, 30, 20, "首台（套）装备首年销售合同金额", 10,
                    3_000_000, 0, 500),
            tiered("green-manufacturing", "绿色工厂、绿色供应链等绿色制造示范认定奖励", MANUFACTURING, 30, 20, "绿色制造示范名单（认定文件）",
                    LEVEL, 1_000_000, 12),
            share("energy-saving", "工业节能改造项目资助", MANUFACTURING, PAYMENT, 60, 40, "节能改造项目投资额", 20, 2_000_000, 0, 100),
            award("cleaner-production", "清洁生产审核验收奖励", MANUFACTURING, 20, 1, "清洁生产审核验收意见", 100_000, 12),
            tiered("specialised", "专精特新企业认定奖励", MANUFACTURING, 30, 15, "专精特新企业认定（公告）文件", SPECIALISED, 1_000_000, 12),
            award("single-champion", "制造业单项冠军企业（产品）认定奖励", MANUFACTURING, 30, 20, "制造业单项冠军认定文件", 2_000_000, 12)
                    .reviewed(),
            tiered("design-center", "工业设计中心认定奖励", MANUFACTURING, 30, 20, "工业设计中心认定文件", LEVEL, 1_000_000, 12),
            tiered("quality-award", "政府质量奖获奖奖励", MANUFACTURING, 30, 20, "质量奖获奖证书", QUALITY, 2_000_000, 12),
            premises("factory-space", "工业企业生产经营用房补贴", MANUFACTURING, 30, 15, 30, 5, 1_000_000, 1_000, 5_000),
            share("industrial-investment", "新增工业固定资产投资奖励", MANUFACTURING, REWARD, 30, 20, "上年度工业固定资产投资额", 5, 5_000_000,
                    0, 3_000),
            share("digital-diagnosis", "中小工业企业数字化转型诊断服务资助", MANUFACTURING, PAYMENT, 30, 15, "数字化转型诊断服务费用", 50,
                    200_000, 0, 5));
}
