package org.qinqing.hall.dept.police;

import static org.qinqing.hall.spi.Flag.APPOINTMENT;
import static org.qinqing.hall.spi.Flag.FULLY_ONLINE;
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

/** The items of 深圳市公安局南山分局. */
final class PoliceItems {
    static final String TRANSFER_CARD = "police-household-transfer-card";
    static final String ID_CARD_FIRST = "police-id-card-first";
    static final String RESIDENCE_PERMIT = "police-residence-permit";
    static final String NO_CRIMINAL_RECORD = "police-no-criminal-record";
    static final String TEMPORARY_ID = "police-temporary-id";
    static final String BIRTH_HOUSEHOLD = "police-birth-household";

    private PoliceItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(TRANSFER_CARD, "核发户籍迁入指标卡（人才引进）").type(ItemType.LICENSING).party(PartyType.PERSON)
                        .limits(20, 5).flags(ONE_WINDOW, ONLINE, WECHAT, APPOINTMENT, VIP).maxVisits(1)
                        .legalBasis("《中华人民共和国户口登记条例》第十三条；《深圳市户籍迁入若干规定》")
                        .keywords("调令", "准迁证", "人才入户")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("talent-approval", "在职人才引进核准通知").form(MaterialForm.ELECTRONIC)
                                .reusable("talent-introduction-approval").note("区人力资源局核准后自动调用"))
                        .material(Material.of("family-planning", "计划生育情况证明").form(MaterialForm.ELECTRONIC)
                                .reusable("family-planning-certificate").note("区卫生健康局出具后自动调用"))
                        .material(Material.of("photo", "近期免冠彩色证件照").form(MaterialForm.ELECTRONIC).reusable("photo"))
                        .field(FormField.of("originAddress", "原户籍所在地", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("settleAddress", "拟迁入地址", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(ID_CARD_FIRST, "居民身份证首次申领").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(60, 20).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, APPOINTMENT).maxVisits(1)
                        .legalBasis("《中华人民共和国居民身份证法》第二条、第八条、第十条")
                        .keywords("办身份证", "身份证申领")
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("photo", "现场采集相片及指纹").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("guardianId", "监护人身份证号码", FieldType.RESIDENT_ID).optional())
                        .build(),
                Item.of(RESIDENCE_PERMIT, "居住证申领").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(15, 7).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《居住证暂行条例》（国务院令第663号）第二条、第十一条；《深圳经济特区居住登记条例》")
                        .keywords("深圳居住证", "居住登记")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("residence-proof", "居住证明（房屋租赁登记凭证等）").reusable("residence-proof"))
                        .field(FormField.of("residentSince", "在深居住起始日期", FieldType.DATE))
                        .field(FormField.of("reason", "居住事由", FieldType.CHOICE).options("就业", "就读", "居住"))
                        .build(),
                Item.of(NO_CRIMINAL_RECORD, "无犯罪记录证明开具").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(7, 3).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《公安部关于印发〈公安机关办理犯罪记录查询工作规定〉的通知》（公通字〔2021〕19号）")
                        .keywords("无犯罪证明", "良民证")
                        .material(CommonMaterials.idCard())
                        .field(FormField.of("purpose", "用途", FieldType.CHOICE).options("就业", "出国（境）", "入学", "其他"))
                        .build(),
                Item.of(TEMPORARY_ID, "临时居民身份证申领").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(3, 1).limitUnit(LimitUnit.NATURAL_DAYS).flags(ONE_WINDOW).maxVisits(1)
                        .legalBasis("《中华人民共和国临时居民身份证管理办法》第二条、第六条")
                        .keywords("临时身份证")
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("photo", "近期免冠彩色证件照").reusable("photo"))
                        .field(FormField.of("reason", "申领原因", FieldType.CHOICE)
                                .options("居民身份证丢失", "居民身份证损坏", "居民身份证申领、换领期间"))
                        .build(),
                Item.of(BIRTH_HOUSEHOLD, "出生登记（新生儿入户）").type(ItemType.CONFIRMATION).party(PartyType.PERSON)
                        .limits(5, 1).flags(ONE_WINDOW, ONLINE, WECHAT).maxVisits(1)
                        .legalBasis("《中华人民共和国户口登记条例》第七条")
                        .keywords("新生儿入户", "报户口")
                        .material(CommonMaterials.householdRegister())
                        .material(Material.of("birth-certificate", "出生医学证明").form(MaterialForm.ORIGINAL))
                        .field(FormField.of("childName", "新生儿姓名", FieldType.TEXT).maxLength(20))
                        .field(FormField.of("childBirthDate", "出生日期", FieldType.DATE))
                        .field(FormField.of("lateReason", "逾期登记说明", FieldType.TEXT).optional().maxLength(500))
                        .build());
    }
}
