package org.qinqing.hall.dept.industry;

import java.util.List;

/**
 * Graded rewards: the grade (level of the recognition, rank of the prize, listing board …)
 * the applicant chooses decides the share of the category's maximum reward it receives.
 */
enum FundTiers {
    LEVEL(List.of("国家级", "省级", "市级"), List.of(100, 50, 30)),
    STANDARD(List.of("国际标准", "国家标准", "行业标准", "地方标准"), List.of(100, 50, 30, 20)),
    SPECIALISED(List.of("国家级专精特新“小巨人”企业", "广东省专精特新中小企业", "深圳市专精特新中小企业"), List.of(100, 30, 20)),
    QUALITY(List.of("中国质量奖（含提名奖）", "广东省政府质量奖", "深圳市市长质量奖"), List.of(100, 50, 30)),
    RANKING(List.of("《财富》世界500强", "中国企业500强"), List.of(100, 50)),
    BRAND(List.of("中华老字号", "广东老字号", "深圳老字号"), List.of(100, 60, 30)),
    FIRST_STORE(List.of("全球首店", "亚洲首店", "中国内地首店", "华南首店"), List.of(100, 70, 50, 30)),
    AWARD_GRADE(List.of("一等奖", "二等奖", "三等奖"), List.of(100, 60, 30)),
    FILM(List.of("院线电影（全国公映）", "电视剧（卫视黄金时段播出）", "纪录片、动画片（卫视播出）"), List.of(100, 60, 30)),
    FILM_AWARD(List.of("国际A类电影节主竞赛单元奖项", "国家级影视奖项（华表奖、金鸡奖、百花奖、飞天奖、金鹰奖、白玉兰奖）",
            "省级影视奖项"), List.of(100, 50, 20)),
    DESIGN(List.of("红点至尊奖或iF金奖", "红点奖或iF设计奖"), List.of(100, 20)),
    POSTDOC(List.of("国家级博士后科研工作站", "广东省博士后创新实践基地"), List.of(100, 50));

    final List<String> labels;
    private final List<Integer> shares;

    FundTiers(List<String> labels, List<Integer> shares) {
        this.labels = labels;
        this.shares = shares;
    }

    /** @param label a grade @return percent of the maximum reward for that grade, or -1 for an unknown grade */
    int share(String label) {
        int i = labels.indexOf(label);
        return i < 0 ? -1 : shares.get(i);
    }

    /** @return the grades, for a choice field */
    String[] options() {
        return labels.toArray(new String[0]);
    }
}
