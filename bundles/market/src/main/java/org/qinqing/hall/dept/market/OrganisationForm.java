package org.qinqing.hall.dept.market;

/**
 * Organisation forms a 企业设立登记 may choose, with the number of investors the law admits and
 * what the name must (or must not) say about the form:
 * <ul>
 * <li>有限责任公司: 1 to 50 shareholders (《公司法》第四十二条), name ends in 有限责任公司 or 有限公司;</li>
 * <li>股份有限公司: 1 to 200 promoters (《公司法》第九十二条), name ends in 股份有限公司 or 股份公司;</li>
 * <li>个人独资企业: one natural person (《个人独资企业法》第二条), the name may not use 有限、有限责任 or 公司;</li>
 * <li>普通合伙企业: at least two partners (《合伙企业法》第十四条), the name states 普通合伙 (第十五条);</li>
 * <li>有限合伙企业: 2 to 50 partners (第六十一条), the name states 有限合伙 (第六十二条).</li>
 * </ul>
 */
enum OrganisationForm {
    LIMITED_LIABILITY("有限责任公司", 1, 50, new String[] {"有限责任公司", "有限公司"}),
    JOINT_STOCK("股份有限公司", 1, 200, new String[] {"股份有限公司", "股份公司"}),
    SOLE_PROPRIETORSHIP("个人独资企业", 1, 1, new String[0]),
    GENERAL_PARTNERSHIP("普通合伙企业", 2, Integer.MAX_VALUE, new String[0]),
    LIMITED_PARTNERSHIP("有限合伙企业", 2, 50, new String[0]);

    static final String[] LABELS = {"有限责任公司", "股份有限公司", "个人独资企业", "普通合伙企业", "有限合伙企业"};

    final String label;
    final int minInvestors;
    final int maxInvestors;
    private final String[] suffixes;

    OrganisationForm(String label, int minInvestors, int maxInvestors, String[] suffixes) {
        this.label = label;
        this.minInvestors = minInvestors;
        this.maxInvestors = maxInvestors;
        this.suffixes = suffixes;
    }

    static OrganisationForm of(String label) {
        for (OrganisationForm f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown organisation form " + label);
    }

    /** @return the investors' title in messages */
    String investors() {
        switch (this) {
            case JOINT_STOCK:
                return "发起人";
            case SOLE_PROPRIETORSHIP:
                return "投资人";
            case GENERAL_PARTNERSHIP:
            case LIMITED_PARTNERSHIP:
                return "合伙人";
            default:
                return "股东";
        }
    }

    /** @param name a full enterprise name @return null when it states the form as the law asks, else what is wrong */
    String nameProblem(String name) {
        switch (this) {
            case SOLE_PROPRIETORSHIP:
                return name.contains("有限") || name.contains("公司") ? "个人独资企业名称中不得使用“有限”“有限责任”或者“公司”字样" : null;
            case GENERAL_PARTNERSHIP:
                return name.contains("普通合伙") ? null : "普通合伙企业名称中应当标明“普通合伙”字样";
            case LIMITED_PARTNERSHIP:
                return name.contains("有限合伙") ? null : "有限合伙企业名称中应当标明“有限合伙”字样";
            default:
                for (String s : suffixes) {
                    if (name.endsWith(s)) {
                        return null;
                    }
                }
                return label + "名称须以“" + String.join("”或“", suffixes) + "”结尾";
        }
    }
}
