package org.qinqing.hall.dept.market;

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
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.PartyType;

/** Food business and production, drug retail and medical device trading. */
final class FoodDrugItems {
    static final String FOOD_BASIS = "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）";
    static final String DEVICE_BASIS = "《医疗器械监督管理条例》；《医疗器械经营监督管理办法》";

    private FoodDrugItems() {
    }

    private static Material.Builder premises() {
        return Material.of("premises", "经营场所使用证明").reusable(MarketItems.PREMISES_PROOF);
    }

    private static Material.Builder foodLicence() {
        return Material.of("food-licence", "食品经营许可证").reusable(MarketItems.FOOD_LICENCE);
    }

    static List<Item> all() {
        return List.of(
                Item.of(MarketItems.FOOD_BUSINESS_LICENCE, "食品经营许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(10, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis(FOOD_BASIS + "；《中华人民共和国食品安全法》第三十三条、第四十五条")
                        .description("食品销售、餐饮服务、单位食堂经营许可。经营场所距粪坑、污水池、暴露垃圾场（站）、旱厕等污染源25米以上；"
                                + "配备食品安全管理人员；从业人员持有效健康证明。许可证有效期5年。")
                        .keywords("食品经营许可证", "餐饮许可证", "开餐馆", "开饭店", "食品许可")
                        .material(CommonMaterials.businessLicence())
                        .material(CommonMaterials.legalRepresentativeId())
                        .material(premises())
                        .material(Material.of("layout", "经营场所平面图、设备布局和操作流程图").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("safety-rules", "食品安全自查、从业人员健康管理、进货查验记录等食品安全管理制度"))
                        .material(Material.of("manager-certificate", "食品安全管理人员培训考核合格证明"))
                        .field(FormField.of("category", "主体业态", FieldType.CHOICE).options(FoodBusinessLicence.CATEGORIES))
                        .field(FormField.of("address", "经营场所", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("premisesArea", "经营场所面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("processingArea", "食品处理区面积（平方米）", FieldType.DECIMAL).optional())
                        .field(FormField.of("staff", "从业人员人数", FieldType.INTEGER))
                        .field(FormField.of("healthCertified", "持有效健康证明人数", FieldType.INTEGER))
                        .field(FormField.of("safetyManagers", "食品安全管理人员人数", FieldType.INTEGER))
                        .field(FormField.of("pollutionDistance", "与最近污染源的距离（米）", FieldType.DECIMAL))
                        .field(FormField.of("onlineSales", "是否通过网络经营", FieldType.BOOLEAN).optional())
                        .build(),
                Item.of(MarketItems.FOOD_LICENCE_CHANGE, "食品经营许可变更").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(10, 6).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(FOOD_BASIS)
                        .description("许可证载明事项变化的申请变更；经营场所发生变化的，应当重新申请食品经营许可。变更后有效期不变。")
                        .keywords("食品许可证变更")
                        .material(foodLicence())
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("change-proof", "与变更事项有关的证明材料"))
                        .field(FormField.of("changeType", "变更事项", FieldType.CHOICE).options(FoodLicenceChange.TYPES))
                        .field(FormField.of("newValue", "变更后内容", FieldType.TEXT).maxLength(500))
                        .build(),
                Item.of(MarketItems.FOOD_LICENCE_RENEWAL, "食品经营许可延续").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(10, 6).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis(FOOD_BASIS + "；《中华人民共和国行政许可法》第五十条")
                        .description("在许可证有效期届满前向原发证机关申请延续。")
                        .keywords("食品许可证到期", "食品许可证延续")
                        .material(foodLicence())
                        .material(CommonMaterials.businessLicence())
                        .material(Material.of("self-inspection", "食品安全自查报告"))
                        .build(),
                Item.of(MarketItems.PREPACKAGED_FOOD_FILING, "仅销售预包装食品备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis("《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）")
                        .description("仅销售预包装食品的，不需要取得许可，向所在地市场监管部门备案；销售散装食品的须申请食品经营许可。")
                        .keywords("预包装食品备案", "小卖部", "便利店")
                        .material(CommonMaterials.businessLicence())
                        .material(premises())
                        .field(FormField.of("address", "经营场所", FieldType.TEXT).maxLength(200))
                        .field(FormField.of("sellsBulkFood", "是否销售散装食品", FieldType.BOOLEAN))
                        .build(),
                Item.of(MarketItems.FOOD_PRODUCTION_LICENCE, "食品生产许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(10, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis("《中华人民共和国食品安全法》第三十五条；《食品生产许可管理办法》（国家市场监督管理总局令第24号）")
                        .description("按食品类别申请，需现场核查的由审查组核查生产场所。许可证有效期5年。")
                        .keywords("SC认证", "食品生产许可证", "QS")
                        .material(CommonMaterials.businessLicence())
                        .material(premises())
                        .material(Material.of("equipment-list", "食品生产主要设备、设施清单"))
                        .material(Material.of("process", "工艺设备布局图和食品生产工艺流程图").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("safety-system", "食品安全管理制度"))
                        .field(FormField.of("foodCategory", "申请食品类别", FieldType.TEXT).maxLength(200))
                        .build(),
                Item.of(MarketItems.DRUG_RETAIL_LICENCE, "药品零售企业许可（药品经营许可证核发）").type(ItemType.LICENSING)
                        .party(PartyType.ENTERPRISE).limits(20, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国药品管理法》第五十一条、第五十二条；《药品经营和使用质量监督管理办法》；《药品经营质量管理规范》")
                        .description("开办药店。企业负责人应当具备执业药师资格，并按规定配备执业药师负责处方审核。许可证有效期5年。")
                        .keywords("药店", "药品经营许可证", "开药店")
                        .material(CommonMaterials.businessLicence())
                        .material(premises())
                        .material(Material.of("pharmacist-certificates", "执业药师注册证"))
                        .material(Material.of("quality-system", "药品质量管理制度文件"))
                        .field(FormField.of("scope", "经营范围", FieldType.CHOICE).options(DrugRetailLicence.SCOPES))
                        .field(FormField.of("premisesArea", "营业场所面积（平方米）", FieldType.DECIMAL))
                        .field(FormField.of("pharmacists", "执业药师人数", FieldType.INTEGER))
                        .field(FormField.of("principalIsPharmacist", "企业负责人是否具备执业药师资格", FieldType.BOOLEAN))
                        .build(),
                Item.of(MarketItems.MEDICAL_DEVICE_FILING, "第二类医疗器械经营备案").type(ItemType.FILING).party(PartyType.ENTERPRISE)
                        .limits(1, 1).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT, INSTANT_APPROVAL).maxVisits(0)
                        .legalBasis(DEVICE_BASIS + "（《医疗器械监督管理条例》第四十一条）")
                        .description("从事第二类医疗器械经营的，向所在地设区的市级药品监督管理部门备案；经营第三类的须申请经营许可。")
                        .keywords("二类医疗器械备案", "医疗器械备案")
                        .material(CommonMaterials.businessLicence())
                        .material(premises())
                        .material(Material.of("quality-manager", "质量管理人员身份、学历或职称证明"))
                        .field(FormField.of("deviceClasses", "经营范围", FieldType.CHOICE).options(MedicalDeviceFiling.CLASS_II_ONLY, MedicalDeviceFiling.WITH_CLASS_III))
                        .field(FormField.of("qualityManagerQualified", "质量管理人员是否具有相关专业学历或职称", FieldType.BOOLEAN))
                        .build(),
                Item.of(MarketItems.MEDICAL_DEVICE_LICENCE, "第三类医疗器械经营许可").type(ItemType.LICENSING).party(PartyType.ENTERPRISE)
                        .limits(20, 12).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis(DEVICE_BASIS + "（《医疗器械监督管理条例》第四十二条）")
                        .description("经营第三类医疗器械，需现场核查经营场所、贮存条件和质量管理制度。许可证有效期5年。")
                        .keywords("三类医疗器械", "医疗器械经营许可证")
                        .material(CommonMaterials.businessLicence())
                        .material(premises())
                        .material(Material.of("quality-manager", "质量管理人员身份、学历或职称证明"))
                        .material(Material.of("storage", "经营场所和库房的地理位置图、平面图"))
                        .material(Material.of("quality-system", "经营质量管理制度、工作程序等文件目录"))
                        .build());
    }
}
