package org.qinqing.hall.dept.housing;

import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
import static org.qinqing.hall.spi.Flag.INSTANT_APPROVAL;
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
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Housing security and lease items of 南山区住房和建设局. */
final class HousingSecurityItems {
    static final String PUBLIC_RENTAL = "housing-public-rental-application";
    static final String AFFORDABLE_RENTAL = "housing-affordable-rental-application";
    static final String SHARED_OWNERSHIP = "housing-shared-ownership-application";
    static final String RENTAL_FILING = "housing-lease-filing";
    static final String WAITING_CHANGE = "housing-waiting-list-change";
    static final String SECURITY_EXIT = "housing-security-exit";

    /** Vault kind of the 房屋租赁登记备案凭证, reused by the education department's school-place items. */
    static final String LEASE_FILING = "house-lease-filing";

    private static final String SHENZHEN_SECURITY = "《深圳市保障性住房条例》";

    private HousingSecurityItems() {
    }

    static List<Item> all() {
        return List.of(
                applicant(Item.of(PUBLIC_RENTAL, "公共租赁住房轮候申请").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《公共租赁住房管理办法》；" + SHENZHEN_SECURITY)
                        .description("本市户籍、在本市未拥有自有住房的家庭或单身人士申请公共租赁住房轮候。")
                        .keywords("公租房", "保障房", "轮候")),
                applicant(Item.of(AFFORDABLE_RENTAL, "保障性租赁住房（人才住房）配租申请").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(30, 20).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《国务院办公厅关于加快发展保障性租赁住房的意见》（国办发〔2021〕22号）；" + SHENZHEN_SECURITY)
                        .description("面向在本市就业、无自有住房的新市民、青年人和各类人才，不限户籍。")
                        .keywords("人才房", "保租房", "人才住房")),
                applicant(Item.of(SHARED_OWNERSHIP, "共有产权住房购买资格申请").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(30, 15).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(SHENZHEN_SECURITY + "；深圳市共有产权住房政策")
                        .description("本市户籍、无自有住房且未购买过政策性住房、未享受过购房优惠政策的家庭或单身人士。")
                        .keywords("共有产权房", "安居房")),
                Item.of(RENTAL_FILING, "房屋租赁合同登记备案").type(ItemType.FILING).party(PartyType.BOTH)
                        .limits(3, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《商品房屋租赁管理办法》第十四条；《中华人民共和国民法典》第七百零五条、第七百零六条")
                        .description("房屋租赁合同订立后三十日内办理登记备案；备案凭证可用于居住登记、学位申请。")
                        .keywords("租房备案", "租赁凭证", "红本租赁")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("contract", "房屋租赁合同").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("title", "房屋权属证明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("address", "房屋地址", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("signedDate", "合同订立日期", FieldType.DATE))
                        .field(FormField.of("startDate", "租赁起始日期", FieldType.DATE))
                        .field(FormField.of("endDate", "租赁终止日期", FieldType.DATE))
                        .field(FormField.of("monthlyRent", "月租金（元）", FieldType.DECIMAL))
                        .build(),
                Item.of(WAITING_CHANGE, "保障性住房轮候信息变更").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(10, 7).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(SHENZHEN_SECURITY)
                        .keywords("轮候变更", "家庭成员变更")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("change-proof", "变更事项证明材料").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("changeItem", "变更事项", FieldType.CHOICE).options("家庭成员", "户籍", "婚姻状况", "联系方式"))
                        .build(),
                Item.of(SECURITY_EXIT, "保障性住房退出（退租）申请").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(10, 7).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(SHENZHEN_SECURITY + "；《公共租赁住房管理办法》")
                        .keywords("退租", "退出保障房")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("moveOutDate", "计划腾退日期", FieldType.DATE))
                        .build());
    }

    /** Adds the checklist and form every housing security application shares. */
    private static Item applicant(Item.Builder item) {
        return item.material(CommonMaterials.idCard())
                .material(CommonMaterials.householdRegister().optional().note("本市户籍的提交"))
                .material(Material.of("no-home-declaration", "家庭成员在本市无自有住房的承诺及授权查询书").form(MaterialForm.ELECTRONIC))
                .material(Material.of("social-insurance", "本市社会保险缴纳证明").form(MaterialForm.ELECTRONIC))
                .field(FormField.of("hukou", "申请人户籍", FieldType.CHOICE).options(PublicHousing.LOCAL, PublicHousing.NON_LOCAL))
                .field(FormField.of("householdSize", "共同申请家庭成员人数", FieldType.INTEGER))
                .field(FormField.of("ownsHome", "申请人或家庭成员在本市拥有自有住房", FieldType.BOOLEAN))
                .field(FormField.of("previouslyBenefited", "曾购买政策性住房或享受购房优惠政策", FieldType.BOOLEAN))
                .build();
    }
}
