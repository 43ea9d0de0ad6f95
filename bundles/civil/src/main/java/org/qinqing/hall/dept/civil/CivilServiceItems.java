package org.qinqing.hall.dept.civil;

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
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Elderly care, funeral and place-name items of 南山区民政局. */
final class CivilServiceItems {
    static final String ELDERLY_CARE_FILING = "civil-elderly-care-institution-filing";
    static final String FUNERAL_FEE_WAIVER = "civil-funeral-fee-waiver";
    static final String ASHES_PLACEMENT = "civil-ashes-placement";
    static final String BUILDING_NAMING = "civil-building-naming";

    private static final String FUNERAL = "《殡葬管理条例》（国务院令第225号）";

    private CivilServiceItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(ELDERLY_CARE_FILING, "养老机构备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .legalBasis("《中华人民共和国老年人权益保障法》；《养老机构管理办法》（民政部令第66号）")
                        .description("养老机构依法登记后即可开展服务活动，并向民政部门备案。")
                        .keywords("养老院备案", "敬老院")
                        .material(CommonMaterials.businessLicence().note("或事业单位、民办非企业单位登记证书"))
                        .material(Material.of("commitment", "养老机构备案书及承诺书"))
                        .material(Material.of("fire-safety", "消防验收或备案证明"))
                        .field(FormField.of("beds", "床位数", FieldType.INTEGER))
                        .build(),
                Item.of(FUNERAL_FEE_WAIVER, "基本殡葬服务费用减免").type(ItemType.PAYMENT).party(PartyType.PERSON)
                        .limits(10, 7).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis(FUNERAL + "；深圳市惠民殡葬政策")
                        .description("减免遗体接运、暂存、火化和骨灰寄存等基本殡葬服务费用。")
                        .keywords("惠民殡葬", "火化费减免", "丧葬")
                        .material(CommonMaterials.idCard().note("经办亲属身份证"))
                        .material(Material.of("death-proof", "居民死亡医学证明（推断）书").form(MaterialForm.ORIGINAL))
                        .material(Material.of("cremation-proof", "火化证明").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("deceasedId", "逝者身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("deathDate", "死亡日期", FieldType.DATE))
                        .build(),
                Item.of(ASHES_PLACEMENT, "公益性骨灰堂骨灰安放申请").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(APPOINTMENT).maxVisits(1)
                        .legalBasis(FUNERAL)
                        .keywords("骨灰安放", "骨灰寄存")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("cremation-proof", "火化证明").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("deceasedId", "逝者身份证号码", FieldType.RESIDENT_ID))
                        .build(),
                Item.of(BUILDING_NAMING, "建筑物、住宅区名称命名和更名审批").type(ItemType.OTHER_POWER).party(PartyType.ENTERPRISE)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《地名管理条例》；《广东省地名管理条例》")
                        .keywords("楼盘命名", "地名", "小区名称")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("planning-permit", "建设工程规划许可证"))
                        .material(Material.of("naming-statement", "命名（更名）理由及含义说明"))
                        .field(FormField.of("proposedName", "拟用名称", FieldType.TEXT).maxLength(40))
                        .build());
    }
}
