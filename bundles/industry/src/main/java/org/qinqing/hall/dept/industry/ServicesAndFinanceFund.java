package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.dept.industry.FundCategory.award;
import static org.qinqing.hall.dept.industry.FundCategory.financing;
import static org.qinqing.hall.dept.industry.FundCategory.growth;
import static org.qinqing.hall.dept.industry.FundCategory.premises;
import static org.qinqing.hall.dept.industry.FundCategory.share;
import static org.qinqing.hall.dept.industry.FundCategory.tiered;
import static org.qinqing.hall.dept.industry.FundPolicy.FINANCE;
import static org.qinqing.hall.dept.industry.FundPolicy.SERVICES;
import static org.qinqing.hall.dept.industry.FundTiers.AWARD_GRADE;
import static org.qinqing.hall.dept.industry.FundTiers.BRAND;
import static org.qinqing.hall.dept.industry.FundTiers.FIRST_STORE;
import static org.qinqing.hall.dept.industry.FundTiers.RANKING;
import static org.qinqing.hall.spi.ItemType.PAYMENT;
import static org.qinqing.hall.spi.ItemType.REWARD;

import java.util.List;

/** Fund categories of the sub-policies 现代服务业与总部经济 (17) and 金融业发展 (14). */
final class ServicesAndFinanceFund {

    private ServicesAndFinanceFund() {
    }

    //   code suffix, name, sub-policy, [type], legal, promised, base / certificate, rate %, cap 元, thresholds
    static final List<FundCategory> ROWS = List.of(
            share("hq-settlement", "总部企业落户奖励", SERVICES, REWARD, 60, 40, "落户首年对区经济发展贡献", 50, 20_000_000, 100_000, 500)
                    .vip(),
            premises("hq-office-purchase", "总部企业购置自用办公用房补贴", SERVICES, 30, 20, 0, 10, 10_000_000, 1_000, 100_000).vip(),
            premises("hq-office-rent", "总部企业租赁自用办公用房补贴", SERVICES, 30, 15, 30, 0, 5_000_000, 500, 100_000).vip(),
            growth("hq-contribution", "总部企业经营贡献增长奖励", SERVICES, 30, 20, "对区经济发展贡献", 30, 10_000_000, 1_000, 10).vip(),
            tiered("top-500", "世界500强及中国企业500强首次入选奖励", SERVICES, 30, 20, "榜单入选证明", RANKING, 10_000_000, 12).vip(),
            growth("software-growth", "软件和信息服务业营业收入增长奖励", SERVICES, 30, 15, "营业收入", 1, 2_000_000, 10_000, 15),
            growth("retail-growth", "批发零售企业销售额增长奖励", SERVICES, 30, 15, "商品销售额", 0.5, 2_000_000, 50_000, 10),
            growth("catering-growth", "住宿餐饮企业营业额增长奖励", SERVICES, 30, 20, "营业额", 2, 500_000, 500, 10),
            share("trade-fair", "境内外重点展会参展补贴", SERVICES, PAYMENT, 30, 15, "展位费及布展费用", 50, 500_000, 0, 1),
            tiered("time-honoured", "老字号品牌认定奖励", SERVICES, 30, 15, "老字号认定证书", BRAND, 500_000, 12),
            share("cross-border-ecommerce", "跨境电子商务企业发展资助", SERVICES, PAYMENT, 30, 20, "上年度跨境电商进出口额", 1, 2_000_000, 0,
                    5_000),
            growth("outsourcing-growth", "服务外包离岸执行额增长奖励", SERVICES, 30, 20, "离岸服务外包执行额", 2, 1_000_000, 1_000, 10),
            award("services-scale-up", "服务业企业首次纳入规模以上统计奖励", SERVICES, 20, 1, "规模以上服务业企业纳统证明", 100_000, 12),
            award("professional-services", "律师、会计、咨询等专业服务机构落户奖励", SERVICES, 30, 20, "执业许可证及迁入南山区的登记文件",
                    300_000, 12).reviewed(),
            share("consumption-campaign", "商圈促消费活动资助", SERVICES, PAYMENT, 60, 40, "促消费活动实际支出", 30, 1_000_000, 0, 20),
            tiered("first-store", "品牌首店落户奖励", SERVICES, 30, 15, "品牌首店开业及品牌授权证明", FIRST_STORE, 1_000_000, 12),
            premises("service-rent", "重点服务业企业办公用房租金补贴", SERVICES, 30, 15, 20, 0, 1_000_000, 300, 5_000),

            share("fin-hq", "金融机构总部落户奖励", FINANCE, REWARD, 60, 40, "实缴注册资本", 1, 20_000_000, 0, 100_000).vip(),
            award("fin-branch", "金融机构一级分支机构落户奖励", FINANCE, 30, 20, "金融监管部门开业批复文件", 2_000_000, 12).reviewed().vip(),
            premises("fin-office-rent", "金融机构租赁办公用房补贴", FINANCE, 30, 15, 30, 0, 3_000_000, 500, 0),
            premises("fin-office-purchase", "金融机构购置办公用房补贴", FINANCE, 30, 20, 0, 5, 5_000_000, 1_000, 0),
            growth("fin-contribution", "金融机构经营贡献增长奖励", FINANCE, 30, 20, "对区经济发展贡献", 30, 5_000_000, 500, 10),
            financing("sme-loan", "中小微企业银行贷款贴息", FINANCE, 30, 15, "银行贷款本金", "已支付贷款利息", 50, 1_000_000, 50),
            financing("guarantee-fee", "中小微企业融资担保费补贴", FINANCE, 30, 15, "担保贷款本金", "已支付融资担保费", 50, 500_000, 50),
            financing("ip-pledge", "知识产权质押融资贴息", FINANCE, 30, 20, "知识产权质押贷款本金", "已支付贷款利息及评估费", 70, 500_000, 50),
            financing("export-insurance", "出口信用保险保费资助", FINANCE, 30, 20, "投保出口额", "已支付出口信用保险保费", 50, 500_000, 100),
            financing("finance-lease", "融资租赁费用补贴", FINANCE, 30, 15, "融资租赁合同金额", "已支付融资租赁利息", 50, 1_000_000, 100),
            financing("receivables", "供应链应收账款融资贴息", FINANCE, 30, 15, "应收账款融资金额", "已支付融资利息", 40, 500_000, 50),
            share("venture-capital", "创业投资机构投资南山初创企业奖励", FINANCE, REWARD, 60, 40, "投资南山区初创期企业实际到位金额", 2,
                    3_000_000, 0, 1_000),
            tiered("fintech-award", "金融创新奖获奖奖励", FINANCE, 30, 15, "金融创新奖获奖证书", AWARD_GRADE, 1_000_000, 12),
            award("local-financial-org", "小额贷款、融资租赁等地方金融组织落户奖励", FINANCE, 30, 20, "地方金融监管部门设立批复文件", 500_000,
                    12).reviewed());
}
