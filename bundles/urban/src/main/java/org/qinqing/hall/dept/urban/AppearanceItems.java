package org.qinqing.hall.dept.urban;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
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
import org.qinqing.hall.spi.LimitUnit;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** City appearance: signboards, outdoor advertising, sanitation and lighting facilities, complaints. */
final class AppearanceItems {

    private AppearanceItems() {
    }

    private static Item.Builder advertising(String code, String name, int legal, int promised) {
        return Item.of(code, name).type(ItemType.LICENSING).party(PartyType.ENTERPRISE).limits(legal, promised)
                .legalBasis("《中华人民共和国广告法》第四十一条、第四十二条；" + UrbanItems.SANITATION_REGULATION + "第十一条；" + UrbanItems.SHENZHEN_SANITATION)
                .material(CommonMaterials.businessLicence())
                .material(Material.of("design", "户外广告设施设计图、效果图").form(MaterialForm.ELECTRONIC))
                .material(Material.of("owner-consent", "设置场地或载体所有权人同意设置的证明"))
                .material(Material.of("structure-safety", "结构安全检测报告或设计计算书").optional().note("楼顶、独立立柱式设施提交"))
                .field(FormField.of("location", "设置地点", FieldType.TEXT).maxLength(200))
                .field(FormField.of("carrier", "设置载体", FieldType.CHOICE).options(OutdoorAdvertising.CARRIERS))
                .field(FormField.of("area", "广告画面面积（平方米）", FieldType.DECIMAL))
                .field(FormField.of("startDate", "设置开始日期", FieldType.DATE))
                .field(FormField.of("endDate", "设置结束日期", FieldType.DATE));
    }

    static List<Item> all() {
        return List.of(
                Item.of(UrbanItems.SIGNBOARD, "户外招牌设置").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 0).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(UrbanItems.SANITATION_REGULATION + "第十一条；" + UrbanItems.SHENZHEN_SANITATION)
                        .description("店面招牌设于店面入口上方，宽度不超出店面，平行墙面设置的突出墙面不超过0.5米，短边超过3米的按户外广告设施办理；"
                                + "内容仅限店名、字号和标识。楼顶或二层以上外墙设置的，须提交结构安全证明。符合要求的即时办结。")
                        .keywords("招牌", "门头", "店招", "门楣招牌", "开店招牌")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("design", "招牌设置效果图（含店面全景和近景）").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("structure-safety", "结构安全证明").optional().note("楼顶或二层及以上外墙设置的提交"))
                        .field(FormField.of("text", "招牌文字内容", FieldType.TEXT).maxLength(60))
                        .field(FormField.of("address", "店面地址", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("position", "设置位置", FieldType.CHOICE).options(Signboard.POSITIONS))
                        .field(FormField.of("shopfrontWidth", "店面宽度（米）", FieldType.DECIMAL))
                        .field(FormField.of("width", "招牌长度（米）", FieldType.DECIMAL))
                        .field(FormField.of("height", "招牌高度（米）", FieldType.DECIMAL))
                        .field(FormField.of("projection", "突出墙面距离（米）", FieldType.DECIMAL))
                        .field(FormField.of("illuminated", "是否设置发光装置", FieldType.BOOLEAN))
                        .build(),
                advertising(UrbanItems.OUTDOOR_ADVERTISING, "户外广告设施设置", 20, 10)
                        .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .description("利用建筑物外墙、楼顶或独立立柱设置户外广告。利用交通安全设施、交通标志，或在国家机关、文物保护单位等的建筑控制地带不得设置。")
                        .keywords("户外广告", "广告牌", "楼顶广告")
                        .build(),
                advertising(UrbanItems.TEMPORARY_ADVERTISING, "临时户外广告设置（节庆、展会、促销）", 10, 6)
                        .flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT).maxVisits(0)
                        .description("节庆、展会、商业促销等临时设置的横幅、气拱、展板等户外广告，活动结束后及时拆除。")
                        .keywords("横幅", "临时广告", "促销广告")
                        .build(),
                Item.of(UrbanItems.SANITATION_FACILITY_REMOVAL, "拆除环境卫生设施审批").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(UrbanItems.SANITATION_REGULATION + "第二十二条")
                        .description("因建设需要拆除垃圾转运站、公共厕所等环境卫生设施的，建设单位事先提出拆迁方案，报批后按照“先建后拆”原则实施。")
                        .keywords("拆除公厕", "垃圾站拆迁")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("relocation-plan", "环境卫生设施拆迁方案"))
                        .material(Material.of("planning-approval", "建设项目规划许可文件"))
                        .field(FormField.of("facility", "设施名称", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(UrbanItems.LIGHTING_RELOCATION, "迁移、拆除城市道路照明设施").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(UrbanItems.ROAD_REGULATION + "；《城市照明管理规定》")
                        .keywords("路灯迁移", "路灯拆除")
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("relocation-plan", "照明设施迁移方案及图纸"))
                        .field(FormField.of("lamps", "涉及路灯数量", FieldType.INTEGER))
                        .build(),
                Item.of(UrbanItems.COMPLAINT, "城市管理投诉举报").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(60, 40).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《信访工作条例》；《城市管理执法办法》")
                        .description("占道经营、乱摆卖、违规招牌、油烟、噪声等城市管理问题投诉举报，自受理之日起60日内办结。")
                        .keywords("城管投诉", "占道经营", "12345")
                        .material(Material.of("evidence", "照片、视频等证据").optional().form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("matter", "投诉事项", FieldType.CHOICE).options("占道经营", "违规招牌广告", "建筑垃圾", "绿化损坏", "其他"))
                        .field(FormField.of("location", "发生地点", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("description", "情况描述", FieldType.TEXT).maxLength(1000))
                        .build());
    }
}
