package org.qinqing.hall.dept.culture;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.ONE_WINDOW;
import static org.qinqing.hall.spi.Flag.ONLINE;
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
import org.qinqing.hall.spi.PartyType;

/** Performance, entertainment and internet café items of 南山区文化广电旅游体育局 (for enterprises, fully online). */
final class CultureVenueItems {
    static final String COMMERCIAL_PERFORMANCE = "culture-commercial-performance";
    static final String PERFORMANCE_TROUPE = "culture-performance-troupe";
    static final String VENUE_FILING = "culture-performance-venue-filing";
    static final String ENTERTAINMENT_VENUE = "culture-entertainment-venue";
    static final String ENTERTAINMENT_CHANGE = "culture-entertainment-venue-change";
    static final String INTERNET_CAFE = "culture-internet-cafe";
    static final String INTERNET_CAFE_CHANGE = "culture-internet-cafe-change";

    private static final String PERFORMANCE_RULES = "《营业性演出管理条例》";
    private static final String ENTERTAINMENT_RULES = "《娱乐场所管理条例》";
    private static final String CAFE_RULES = "《互联网上网服务营业场所管理条例》";

    private CultureVenueItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(COMMERCIAL_PERFORMANCE, "营业性演出审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(3, 1).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(PERFORMANCE_RULES + "第十三条；《大型群众性活动安全管理条例》第十一条")
                        .description("在本区举办营业性演出，文化主管部门自受理申请之日起3日内作出决定；预计1000人以上的须同时取得公安机关安全许可。")
                        .keywords("演出审批", "演唱会", "演出许可")
                        .material(CommonMaterials.businessLicence().note("或营业性演出许可证"))
                        .material(Material.of("programme", "演出节目内容材料及演员名单"))
                        .material(Material.of("venue-contract", "演出场地租用合同或协议"))
                        .material(Material.of("safety-permit", "大型群众性活动安全许可决定书").optional().reusable("large-event-permit")
                                .note("预计参加人数1000人以上的提交"))
                        .field(FormField.of("title", "演出名称", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("performanceDate", "演出日期", FieldType.DATE))
                        .field(FormField.of("capacity", "场地核定容纳人数", FieldType.INTEGER))
                        .field(FormField.of("tickets", "计划售票（发票）数量", FieldType.INTEGER))
                        .build(),
                Item.of(PERFORMANCE_TROUPE, "文艺表演团体从事营业性演出活动审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(PERFORMANCE_RULES + "第六条")
                        .keywords("演出许可证", "剧团", "文艺团体")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("performers", "专职演员名单及身份证明"))
                        .material(Material.of("equipment", "演出器材设备清单"))
                        .build(),
                Item.of(VENUE_FILING, "演出场所经营单位备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis(PERFORMANCE_RULES + "第七条")
                        .description("演出场所经营单位应当自领取营业执照之日起20日内向所在地县级文化主管部门备案。")
                        .keywords("剧场备案", "演出场所")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("fire-safety", "消防安全检查合格证明"))
                        .field(FormField.of("licenceDate", "营业执照签发日期", FieldType.DATE))
                        .field(FormField.of("seats", "座位数", FieldType.INTEGER))
                        .build(),
                Item.of(ENTERTAINMENT_VENUE, "娱乐场所经营许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(ENTERTAINMENT_RULES + "第五条、第七条、第九条；《娱乐场所管理办法》")
                        .description("歌舞、游艺娱乐场所经营许可；文化主管部门进行实地检查后作出决定。")
                        .keywords("KTV", "歌舞厅", "游艺厅", "娱乐经营许可证")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("premises", "营业场所产权证明或租赁合同及平面图"))
                        .material(Material.of("fire-safety", "消防安全检查合格证明"))
                        .field(FormField.of("venueType", "场所类型", FieldType.CHOICE).options("歌舞娱乐场所", "游艺娱乐场所"))
                        .field(FormField.of("building", "场所所在建筑", FieldType.CHOICE).options(EntertainmentVenue.BUILDINGS))
                        .field(FormField.of("nearSchoolHospitalOrOffice", "位于居民住宅区或学校、医院、机关周围", FieldType.BOOLEAN))
                        .field(FormField.of("belowFirstBasement", "位于建筑物地下一层以下", FieldType.BOOLEAN))
                        .field(FormField.of("nextToChemicalStore", "与危险化学品仓库毗连", FieldType.BOOLEAN))
                        .field(FormField.of("ineligiblePerson", "投资人或负责人有《娱乐场所管理条例》第五条所列情形", FieldType.BOOLEAN))
                        .build(),
                Item.of(ENTERTAINMENT_CHANGE, "娱乐场所变更（名称、地址、法定代表人、投资人、改建扩建）").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(20, 15).limitUnit(LimitUnit.NATURAL_DAYS)
                        .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(ENTERTAINMENT_RULES + "第十二条")
                        .keywords("娱乐许可证变更")
                        .material(Material.of("licence", "娱乐经营许可证").reusable("entertainment-licence"))
                        .material(Material.of("change-proof", "变更事项证明材料"))
                        .field(FormField.of("changeItem", "变更事项", FieldType.CHOICE).options("名称", "地址", "法定代表人", "投资人", "改建扩建"))
                        .build(),
                Item.of(INTERNET_CAFE, "互联网上网服务营业场所经营单位设立审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(CAFE_RULES + "第八条、第九条、第十一条")
                        .description("设立网吧须经文化主管部门批准；中学、小学校园周围200米范围内和居民住宅楼（院）内不得设立。")
                        .keywords("网吧", "网咖", "上网服务")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(Material.of("premises", "营业场所产权证明或租赁合同及平面图"))
                        .material(Material.of("fire-safety", "消防安全检查合格证明"))
                        .material(Material.of("security-system", "网络安全技术措施落实情况说明"))
                        .field(FormField.of("distanceToSchool", "距最近中学、小学校园距离（米）", FieldType.DECIMAL))
                        .field(FormField.of("inResidentialBuilding", "位于居民住宅楼（院）内", FieldType.BOOLEAN))
                        .field(FormField.of("computers", "计算机台数", FieldType.INTEGER))
                        .build(),
                Item.of(INTERNET_CAFE_CHANGE, "互联网上网服务营业场所变更（名称、住所、法定代表人、网络地址、经营场所）")
                        .type(ItemType.LICENSING).party(PartyType.ENTERPRISE).limits(20, 15)
                        .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(CAFE_RULES + "第十三条")
                        .keywords("网吧变更")
                        .material(Material.of("licence", "网络文化经营许可证").reusable("internet-cafe-licence"))
                        .material(Material.of("change-proof", "变更事项证明材料"))
                        .field(FormField.of("changeItem", "变更事项", FieldType.CHOICE).options("名称", "住所", "法定代表人", "网络地址", "经营场所"))
                        .build());
    }
}
