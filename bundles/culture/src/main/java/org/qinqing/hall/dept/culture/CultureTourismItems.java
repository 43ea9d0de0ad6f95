package org.qinqing.hall.dept.culture;

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
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Sports, tourism, heritage and public culture items of 南山区文化广电旅游体育局. */
final class CultureTourismItems {
    static final String HIGH_RISK_SPORT = "culture-high-risk-sport";
    static final String TRAVEL_AGENCY = "culture-travel-agency";
    static final String AGENCY_BRANCH = "culture-travel-agency-branch-filing";
    static final String HERITAGE_WORKS = "culture-heritage-site-works";
    static final String SPORTS_INSTRUCTOR = "culture-sports-instructor";
    static final String HERITAGE_INHERITOR = "culture-heritage-inheritor";
    static final String LIBRARY_CARD = "culture-library-card";
    static final String VENUE_BOOKING = "culture-sports-venue-booking";
    static final String TOURISM_COMPLAINT = "culture-tourism-complaint";

    private static final String TRAVEL_RULES = "《旅行社条例》";

    private CultureTourismItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(HIGH_RISK_SPORT, "经营高危险性体育项目许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(30, 15).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《全民健身条例》第三十二条；《经营高危险性体育项目许可管理办法》；GB 19079.1《体育场所开放条件与技术要求 第1部分：游泳场所》")
                        .description("经营游泳、潜水、攀岩、滑雪等高危险性体育项目，体育主管部门自收到申请之日起30日内实地核查并作出决定。")
                        .keywords("游泳池许可", "游泳馆", "潜水", "攀岩")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("facility-proof", "体育设施符合国家标准的说明及检测报告"))
                        .material(Material.of("staff-certificates", "社会体育指导人员、救助人员的职业资格证书"))
                        .material(Material.of("safety-system", "安全保障制度和措施"))
                        .field(FormField.of("project", "项目", FieldType.CHOICE).options(HighRiskSport.PROJECTS))
                        .field(FormField.of("instructors", "社会体育指导人员人数", FieldType.INTEGER))
                        .field(FormField.of("waterArea", "水面面积（平方米）", FieldType.DECIMAL).optional())
                        .field(FormField.of("lifeguards", "固定救生员人数", FieldType.INTEGER).optional())
                        .build(),
                Item.of(TRAVEL_AGENCY, "旅行社业务经营许可（国内旅游和入境旅游业务）").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, VIP).maxVisits(1)
                        .legalBasis("《中华人民共和国旅游法》第二十八条、第二十九条；" + TRAVEL_RULES + "第六条、第八条、第十三条")
                        .keywords("旅行社设立", "旅行社许可证")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("premises", "经营场所证明"))
                        .material(Material.of("facilities", "营业设施证明"))
                        .material(Material.of("deposit", "旅游服务质量保证金存款协议或银行担保、保险凭证"))
                        .field(FormField.of("scope", "申请经营业务", FieldType.CHOICE).options(TravelAgency.DOMESTIC, TravelAgency.OUTBOUND))
                        .field(FormField.of("deposit", "旅游服务质量保证金（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(AGENCY_BRANCH, "旅行社分社备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(3, 2).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(TRAVEL_RULES + "第十条、第十四条")
                        .description("旅行社设立分社的，自分社设立登记之日起3个工作日内向分社所在地旅游主管部门备案，并增存质量保证金。")
                        .keywords("旅行社分社", "门市部")
                        .material(CommonMaterials.businessLicence().note("分社营业执照"))
                        .material(Material.of("head-licence", "设立社旅行社业务经营许可证"))
                        .material(Material.of("deposit-proof", "增存质量保证金证明"))
                        .field(FormField.of("registrationDate", "分社设立登记日期", FieldType.DATE))
                        .field(FormField.of("outbound", "分社经营出境旅游业务", FieldType.BOOLEAN))
                        .field(FormField.of("depositAdded", "增存质量保证金（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(HERITAGE_WORKS, "在区级文物保护单位保护范围内进行其他建设工程或者爆破、钻探、挖掘等作业审批")
                        .type(ItemType.LICENSING).party(PartyType.ENTERPRISE).limits(20, 15)
                        .flags(ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国文物保护法》；《中华人民共和国文物保护法实施条例》")
                        .keywords("文物保护单位", "文保范围施工")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("works-plan", "工程设计方案及文物保护措施"))
                        .material(Material.of("impact-assessment", "文物影响评估报告"))
                        .build(),
                Item.of(SPORTS_INSTRUCTOR, "三级社会体育指导员技术等级认定").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《全民健身条例》；《社会体育指导员管理办法》")
                        .keywords("社会体育指导员", "健身指导")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("training-proof", "三级社会体育指导员培训考核合格证明"))
                        .field(FormField.of("sport", "指导项目", FieldType.TEXT).maxLength(20))
                        .build(),
                Item.of(HERITAGE_INHERITOR, "区级非物质文化遗产代表性项目代表性传承人认定申请").type(ItemType.CONFIRMATION)
                        .party(PartyType.PERSON).limits(30, 20).flags(ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国非物质文化遗产法》第二十九条；《广东省非物质文化遗产条例》")
                        .keywords("非遗传承人", "非物质文化遗产")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("practice-proof", "传承谱系、技艺水平及开展传承活动的证明材料"))
                        .field(FormField.of("project", "非物质文化遗产代表性项目名称", FieldType.TEXT).maxLength(60))
                        .build(),
                Item.of(LIBRARY_CARD, "公共图书馆读者证办理").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国公共图书馆法》")
                        .keywords("借书证", "读者证", "图书馆")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("guardianId", "监护人身份证号码", FieldType.RESIDENT_ID).optional())
                        .build(),
                Item.of(VENUE_BOOKING, "公共体育场馆免费低收费开放预约").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《公共文化体育设施条例》（国务院令第382号）；《全民健身条例》")
                        .keywords("体育馆预约", "球场预约", "游泳馆预约")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("venue", "场馆", FieldType.CHOICE).options("南山区体育中心", "南山区文体中心", "社区体育公园"))
                        .field(FormField.of("bookingDate", "预约日期", FieldType.DATE))
                        .build(),
                Item.of(TOURISM_COMPLAINT, "旅游投诉受理").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国旅游法》第九十一条；《旅游投诉处理办法》")
                        .keywords("投诉旅行社", "旅游纠纷")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("evidence", "旅游合同、票据等证据材料").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("respondent", "被投诉旅游经营者", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("claim", "投诉请求及事实理由", FieldType.TEXT).maxLength(1000))
                        .build());
    }
}
