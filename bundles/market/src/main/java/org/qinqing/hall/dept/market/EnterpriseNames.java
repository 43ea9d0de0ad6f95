package org.qinqing.hall.dept.market;

import java.util.ArrayList;
import java.util.List;
import org.qinqing.hall.spi.Finding;

/**
 * Name rules of 《企业名称登记管理规定》 that a machine can decide: the name is made of region,
 * trade name (字号), industry and organisation form; the trade name has two or more Chinese
 * characters and is not a place name; names containing with 中国、中华、中央、全国、国家 need the State Council's approval and are
 * not declared here.
 */
final class EnterpriseNames {
    static final String REGION = "深圳";
    static final String[] REGIONS = {"深圳", "南山", "广东"};
    static final String[] RESTRICTED = {"中国", "中华", "中央", "全国", "国家"};

    private EnterpriseNames() {
    }

    /**
     * @param name the full name (field {@code enterpriseName})
     * @param tradeName the trade name (field {@code tradeName})
     * @param form the organisation form
     * @return the rules the name breaks
     */
    static List<Finding> check(String name, String tradeName, OrganisationForm form) {
        List<Finding> out = new ArrayList<>();
        if (tradeName.length() < 2 || !allChinese(tradeName)) {
            out.add(Finding.field("tradeName", "字号应当由两个以上汉字组成，“" + tradeName + "”不符合"));
        }
        for (String region : REGIONS) {
            if (tradeName.contains(region)) {
                out.add(Finding.field("tradeName", "县级以上地方行政区划名称不得作为字号，字号中含有“" + region + "”"));
            }
        }
        if (!name.contains(tradeName)) {
            out.add(Finding.field("enterpriseName", "企业名称中未包含所申报的字号“" + tradeName + "”"));
        }
        if (!name.startsWith(REGION) && !name.contains("（" + REGION + "）")) {
            out.add(Finding.field("enterpriseName", "在本市登记的企业名称应当冠以行政区划名称“深圳”"));
        }
        for (String word : RESTRICTED) {
            if (name.contains(word)) {
                out.add(Finding.field("enterpriseName", "企业名称含有“" + word + "”字词，须报国务院批准，不能自主申报"));
            }
        }
        String problem = form.nameProblem(name);
        if (problem != null) {
            out.add(Finding.field("enterpriseName", problem));
        }
        return out;
    }

    static boolean allChinese(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u4e00' || c > '\u9fa5') {
                return false;
            }
        }
        return true;
    }
}
