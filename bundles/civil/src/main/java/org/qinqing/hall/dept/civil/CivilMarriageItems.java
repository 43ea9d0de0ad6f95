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

/** Marriage registration items of 南山区民政局 (婚姻登记处): both parties appear in person. */
final class CivilMarriageItems {
    static final String MARRIAGE = "civil-marriage-registration";
    static final String DIVORCE = "civil-divorce-registration";
    static final String CERTIFICATE_REISSUE = "civil-marriage-certificate-reissue";
    static final String RECORD_PROOF = "civil-marriage-record-proof";

    /** Vault kind of the 结婚证, shared with the health department's items. */
    static final String MARRIAGE_CERTIFICATE = "marriage-certificate";
    static final String DIVORCE_CERTIFICATE = "divorce-certificate";

    private static final String REGULATION = "《婚姻登记条例》";

    private CivilMarriageItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(MARRIAGE, "内地居民结婚登记").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(1, 0).flags(ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国民法典》第一千零四十六条至第一千零四十九条；" + REGULATION)
                        .description("男女双方亲自到婚姻登记机关申请，符合结婚条件的当场登记，发给结婚证。可网上预约。")
                        .keywords("领证", "结婚证", "登记结婚")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("spouse-id-card", "对方当事人居民身份证").form(MaterialForm.ORIGINAL))
                        .material(Material.of("declaration", "双方无配偶以及无直系血亲和三代以内旁系血亲关系的签字声明")
                                .form(MaterialForm.ORIGINAL))
                        .material(Material.of("photo", "双方近期半身免冠合影照片").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("spouseId", "对方身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("applicantStatus", "本人婚姻状况", FieldType.CHOICE).options(MarriageRegistration.STATUS))
                        .field(FormField.of("spouseStatus", "对方婚姻状况", FieldType.CHOICE).options(MarriageRegistration.STATUS))
                        .field(FormField.of("noProhibitedKinship", "双方无直系血亲和三代以内旁系血亲关系", FieldType.BOOLEAN))
                        .build(),
                Item.of(DIVORCE, "内地居民离婚登记（领取离婚证）").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(1, 0).flags(ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国民法典》第一千零七十六条至第一千零七十八条；" + REGULATION)
                        .description("离婚登记申请受理之日起三十日为离婚冷静期；期满后三十日内双方亲自到场申请发给离婚证。")
                        .keywords("协议离婚", "离婚证", "离婚冷静期")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("spouse-id-card", "对方当事人居民身份证").form(MaterialForm.ORIGINAL))
                        .material(Material.of("marriage-certificate", "结婚证").form(MaterialForm.ORIGINAL).reusable(MARRIAGE_CERTIFICATE))
                        .material(Material.of("divorce-agreement", "双方共同签署的离婚协议书").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("spouseId", "对方身份证号码", FieldType.RESIDENT_ID))
                        .field(FormField.of("filedDate", "离婚登记申请受理日期", FieldType.DATE))
                        .build(),
                Item.of(CERTIFICATE_REISSUE, "补领结婚证、离婚证").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONLINE, WECHAT, APPOINTMENT).maxVisits(1)
                        .legalBasis(REGULATION)
                        .keywords("结婚证丢了", "补办结婚证")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("photo", "近期半身免冠照片").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("certificate", "补领证件", FieldType.CHOICE).options("结婚证", "离婚证"))
                        .field(FormField.of("registrationYear", "原登记年份", FieldType.INTEGER))
                        .build(),
                Item.of(RECORD_PROOF, "婚姻登记档案查询（婚姻登记记录证明）").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(5, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《婚姻登记档案管理办法》；" + REGULATION)
                        .keywords("婚姻状况证明", "婚姻档案")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("purpose", "查询用途", FieldType.CHOICE).options("购房", "落户", "诉讼", "其他"))
                        .build());
    }
}
