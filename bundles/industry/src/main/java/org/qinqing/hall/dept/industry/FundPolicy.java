package org.qinqing.hall.dept.industry;

/**
 * The "1+7" policy of the district industry-support fund: the general measure
 * 《深圳市南山区经济发展专项资金管理办法》 ("1") and its seven sub-policies ("7"). Every fund
 * category belongs to one sub-policy; its legal basis cites the general measure, the
 * sub-policy and the higher-level law the sub-policy implements.
 */
enum FundPolicy {
    TECH("tech", "科技创新", "《中华人民共和国科学技术进步法》；《深圳经济特区科技创新条例》"),
    MANUFACTURING("mfg", "先进制造业与工业发展", "《中华人民共和国中小企业促进法》；《中华人民共和国节约能源法》"),
    SERVICES("hq", "现代服务业与总部经济", "《深圳经济特区优化营商环境条例》"),
    FINANCE("fin", "金融业发展", "《中华人民共和国中小企业促进法》（第三章 融资促进）"),
    CULTURE("cult", "文化产业发展", "《深圳经济特区文化创意产业促进条例》"),
    TALENT("talent", "人才安居与人才工作", "《深圳经济特区人才工作条例》"),
    CAPITAL("ipo", "企业上市与资本市场", "《中华人民共和国证券法》；《中华人民共和国中小企业促进法》");

    /** The general measure, the "1" of "1+7". */
    static final String GENERAL_MEASURE = "《深圳市南山区经济发展专项资金管理办法》";

    final String slug;
    final String label;
    private final String higherLaw;

    FundPolicy(String slug, String label, String higherLaw) {
        this.slug = slug;
        this.label = label;
        this.higherLaw = higherLaw;
    }

    /** @return the legal basis of every category of this sub-policy */
    String basis() {
        return higherLaw + "；" + GENERAL_MEASURE + "；南山区经济发展专项资金" + label + "分项政策";
    }
}
