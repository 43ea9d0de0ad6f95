package org.qinqing.hall.dept.industry;

import static org.qinqing.hall.dept.industry.FundCategory.award;
import static org.qinqing.hall.dept.industry.FundCategory.financing;
import static org.qinqing.hall.dept.industry.FundCategory.growth;
import static org.qinqing.hall.dept.industry.FundCategory.headcount;
import static org.qinqing.hall.dept.industry.FundCategory.premises;
import static org.qinqing.hall.dept.industry.FundCategory.share;
import static org.qinqing.hall.dept.industry.FundCategory.tiered;
import static org.qinqing.hall.dept.industry.FundPolicy.CAPITAL;
import static org.qinqing.hall.dept.industry.FundPolicy.CULTURE;
import static org.qinqing.hall.dept.industry.FundPolicy.TALENT;
import static org.qinqing.hall.dept.industry.FundTiers.DESIGN;
import static org.qinqing.hall.dept.industry.FundTiers.FILM;
import static org.qinqing.hall.dept.industry.FundTiers.FILM_AWARD;
import static org.qinqing.hall.dept.industry.FundTiers.LEVEL;
import static org.qinqing.hall.dept.industry.FundTiers.POSTDOC;
import static org.qinqing.hall.spi.ItemType.PAYMENT;
import static org.qinqing.hall.spi.ItemType.REWARD;

import java.util.List;

/** Fund categories of the sub-policies 文化产业发展 (14), 人才安居与人才工作 (14) and 企业上市与资本市场 (16). */
final class CultureTalentCapitalFund {

    private CultureTalentCapitalFund() {
    }

    //   code suffix, name, sub-policy, [type], legal, promised, base / certificate, rate % or 元 per unit, cap 元, thresholds
    static final List<FundCategory> ROWS = List.of(
            growth("culture-growth", "文化企业营业收入增长奖励", CULTURE, 30, 15, "营业收入", 1, 1_000_000, 5_000, 15),
            share("culture-project", "文化产业重点项目资助", CULTURE, PAYMENT, 60, 40, "项目投资额", 20, 2_000_000, 0, 200),
            tiered("film-production", "原创影视作品制作资助", CULTURE, 30, 15, "电影公映许可证或电视剧发行许可证", FILM, 2_000_000, 12),
            tiered("film-award", "影视作品获奖奖励", CULTURE, 30, 20, "影视奖项获奖证书", FILM_AWARD, 1_000_000, 12),
            share("animation-game", "原创动漫游戏产品研发资助", CULTURE, PAYMENT, 60, 40, "原创产品研发投入", 20, 1_000_000, 0, 100),
            tiered("culture-park", "文化产业园区（基地）认定奖励", CULTURE, 30, 20, "文化产业园区（基地）认定文件", LEVEL, 2_000_000, 12),
            share("culture-export", "文化产品和服务出口奖励", CULTURE, REWARD, 30, 15, "上年度文化产品和服务出口额", 2, 1_000_000, 0, 500),
            share("culture-fair", "文化企业参加文博会等重点展会补贴", CULTURE, PAYMENT, 30, 15, "展位费及布展费用", 50, 300_000, 0, 1),
            tiered("design-award", "国际工业设计奖项获奖奖励", CULTURE, 30, 15, "设计奖项获奖证书", DESIGN, 500_000, 12),
            premises("culture-rent", "文化企业经营用房租金补贴", CULTURE, 30, 15, 30, 0, 500_000, 200, 500),
            award("culture-export-key", "国家文化出口重点企业认定奖励", CULTURE, 30, 20, "国家文化出口重点企业名单", 300_000, 24).reviewed(),
            award("culture-scale-up", "文化及相关产业企业首次纳入规模以上统计奖励", CULTURE, 20, 1, "规模以上文化企业纳统证明", 100_000, 12),
            financing("culture-loan", "文化企业银行贷款贴息", CULTURE, 30, 15, "银行贷款本金", "已支付贷款利息", 50, 1_000_000, 100),
            headcount("theatre-shows", "小剧场商业演出运营资助", CULTURE, PAYMENT, 30, 20, "上年度商业演出场次", 5_000, 500_000, 50, 0,
                    false),

            premises("talent-apartment", "企业租赁人才公寓租金补贴", TALENT, 30, 15, 30, 0, 1_000_000, 100, 1_000),
            tiered("postdoc-station", "博士后科研工作站（创新实践基地）设站资助", TALENT, 30, 15, "设站批准文件", POSTDOC, 1_000_000, 12),
            headcount("postdoc-funding", "企业博士后在站科研资助", TALENT, PAYMENT, 30, 15, "在站博士后人数", 100_000, 1_000_000, 1, 0,
                    true),
            share("talent-team", "高层次人才创新创业团队资助", TALENT, PAYMENT, 60, 40, "团队项目计划投入", 30, 10_000_000, 0, 500).vip(),
            headcount("skills-training", "企业职工技能提升培训资助", TALENT, PAYMENT, 30, 15, "当年取得职业技能等级证书的职工人数", 1_000,
                    200_000, 10, 0, true),
            share("headhunting", "引进急需紧缺人才中介服务费补贴", TALENT, PAYMENT, 30, 15, "支付人力资源服务机构的猎头服务费", 50, 300_000,
                    0, 5),
            tiered("master-studio", "技能大师工作室建设资助", TALENT, 30, 20, "技能大师工作室认定文件", LEVEL, 500_000, 12),
            award("academician-station", "院士（专家）工作站建站资助", TALENT, 30, 20, "院士（专家）工作站建站批复文件", 1_000_000, 12)
                    .reviewed(),
            headcount("talent-housing", "重点企业人才住房租赁补贴", TALENT, PAYMENT, 30, 15, "符合条件的在职人才人数", 12_000, 1_000_000,
                    1, 50, true),
            headcount("internship-base", "大学生实习实践基地建设资助", TALENT, PAYMENT, 30, 20, "上年度接收在校大学生实习人数", 2_000,
                    200_000, 10, 0, false),
            share("overseas-station", "海外人才工作站运营资助", TALENT, PAYMENT, 60, 40, "上年度运营费用", 50, 300_000, 0, 10),
            tiered("skills-base", "高技能人才培训基地建设资助", TALENT, 30, 20, "高技能人才培训基地认定文件", LEVEL, 1_000_000, 12),
            growth("hr-services-growth", "人力资源服务机构营业收入增长奖励", TALENT, 30, 15, "营业收入", 1, 1_000_000, 5_000, 10),
            headcount("top-talent-employer", "引进国家级高层次人才用人单位奖励", TALENT, REWARD, 30, 20, "新引进经认定的国家级高层次人才人数",
                    200_000, 2_000_000, 1, 0, true),

            award("ipo-tutoring", "上市辅导备案奖励", CAPITAL, 30, 20, "证监局辅导备案确认文件", 1_000_000, 12).reviewed().vip(),
            award("ipo-accepted", "首次公开发行股票申请获受理奖励", CAPITAL, 30, 20, "首发申请受理通知书", 1_000_000, 12).reviewed().vip(),
            award("ipo-listed", "境内首次公开发行上市奖励", CAPITAL, 30, 20, "上市公告书", 2_000_000, 12).reviewed().vip(),
            award("overseas-listing", "境外上市奖励", CAPITAL, 30, 20, "境外上市公告及中国证监会备案文件", 2_000_000, 12).reviewed().vip(),
            award("neeq-listing", "全国中小企业股份转让系统挂牌奖励", CAPITAL, 30, 15, "股票挂牌同意函", 500_000, 12).reviewed(),
            award("regional-equity", "区域性股权市场挂牌奖励", CAPITAL, 20, 1, "前海股权交易中心挂牌证书", 100_000, 12),
            award("listed-relocation", "上市公司注册地迁入南山奖励", CAPITAL, 30, 20, "迁入南山区的变更登记通知书", 5_000_000, 12)
                    .reviewed().vip(),
            share("ipo-fees", "上市中介服务费用补贴", CAPITAL, PAYMENT, 30, 15, "已支付保荐、审计、法律等中介费用", 50, 2_000_000, 0, 50),
            share("refinancing", "上市公司再融资奖励", CAPITAL, REWARD, 30, 20, "再融资募集资金中投向南山区的金额", 1, 2_000_000, 0, 10_000),
            share("bond-issuance", "企业债券融资奖励", CAPITAL, REWARD, 30, 15, "债券实际发行金额", 1, 1_000_000, 0, 5_000),
            financing("bond-interest", "企业债券融资贴息", CAPITAL, 30, 15, "债券发行规模", "已支付债券利息", 30, 2_000_000, 5_000),
            share("abs-issuance", "资产证券化融资奖励", CAPITAL, REWARD, 30, 15, "资产支持证券实际发行金额", 0.5, 1_000_000, 0, 10_000),
            share("merger", "上市公司并购重组奖励", CAPITAL, REWARD, 60, 40, "并购交易实际支付金额", 1, 3_000_000, 0, 10_000).vip(),
            share("equity-financing", "企业股权融资奖励", CAPITAL, REWARD, 30, 15, "获得股权投资实际到位金额", 2, 1_000_000, 0, 1_000),
            award("listing-reserve", "上市后备企业首次入库奖励", CAPITAL, 20, 1, "南山区上市后备企业入库通知", 50_000, 12),
            share("ipo-proceeds", "首发募投项目落地南山奖励", CAPITAL, REWARD, 60, 40, "募投项目在南山区实际完成投资额", 2, 5_000_000, 0,
                    10_000).vip());
}
