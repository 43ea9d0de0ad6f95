package org.qinqing.hall.dept.sci;

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

/** Items for researchers, founders and the public: achievements, experts, brokers, parks, instruments, non-profits. */
final class SciPeopleItems {
    static final String ACHIEVEMENT = "sci-achievement-registration";
    static final String EXPERT = "sci-expert-pool";
    static final String BROKER = "sci-technology-broker";
    static final String RETURNEE = "sci-returnee-park-entry";
    static final String HK_MACAO = "sci-hk-macao-youth-base";
    static final String INSTRUMENT = "sci-instrument-sharing";
    static final String NONPROFIT = "sci-nonprofit-sponsor-review";

    private static final String INNOVATION = "《中华人民共和国科学技术进步法》；《深圳经济特区科技创新条例》";

    private SciPeopleItems() {
    }

    static List<Item> all() {
        return List.of(
                Item.of(ACHIEVEMENT, "科技成果登记").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(10, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国促进科技成果转化法》；《科技成果登记办法》（科学技术部）")
                        .description("应用技术成果凭评价证明或知识产权证明、基础理论成果凭论文专著、软科学成果凭评价或验收证明登记；涉密成果不在此登记。")
                        .keywords("成果登记", "科技成果")
                        .material(Material.of("registration-form", "科技成果登记表").form(MaterialForm.ELECTRONIC))
                        .material(Material.of("evaluation-proof", "评价证明（鉴定证书、验收报告、新产品证书等）").optional())
                        .material(Material.of("ip-proof", "知识产权证明（专利证书、软件著作权登记证书等）及用户证明").optional())
                        .material(Material.of("papers", "学术论文、学术专著或检索证明").optional().note("基础理论成果提交"))
                        .field(FormField.of("category", "成果类别", FieldType.CHOICE).options(AchievementRegistration.CATEGORIES))
                        .field(FormField.of("title", "成果名称", FieldType.TEXT).maxLength(120))
                        .field(FormField.of("completedDate", "成果完成日期", FieldType.DATE))
                        .field(FormField.of("classified", "是否涉及国家秘密", FieldType.BOOLEAN))
                        .build(),
                Item.of(EXPERT, "南山区科技专家库入库").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(15, 5).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis(INNOVATION)
                        .description("具有副高级以上职称，或博士学位且从事专业工作满3年、70周岁以下的专业人员申请入库，参与项目评审和验收。")
                        .keywords("专家库", "评审专家")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("title-certificate", "专业技术职称证书").reusable("professional-title").optional()
                                .note("有职称的提交"))
                        .field(FormField.of("title", "专业技术职称", FieldType.CHOICE).options(ExpertPool.TITLES))
                        .field(FormField.of("education", "最高学历", FieldType.CHOICE).options("本科", "硕士研究生", "博士研究生", "其他"))
                        .field(FormField.of("workYears", "从事专业工作年限", FieldType.INTEGER))
                        .field(FormField.of("speciality", "专业领域", FieldType.CHOICE).options("电子信息", "生物医药", "新材料", "新能源",
                                "先进制造", "财务审计", "知识产权", "其他"))
                        .field(FormField.of("employer", "工作单位", FieldType.TEXT).maxLength(100))
                        .build(),
                Item.of(BROKER, "技术经纪人登记").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(10, 5).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国促进科技成果转化法》；《国家技术转移体系建设方案》（国务院）")
                        .description("具有大专以上学历、3年内取得技术经纪人培训合格证书的人员登记从事技术转移服务，登记有效期3年。")
                        .keywords("技术经纪人", "技术经理人", "技术转移")
                        .material(CommonMaterials.idCard())
                        .material(CommonMaterials.degree())
                        .material(Material.of("training-certificate", "技术经纪人培训合格证书"))
                        .field(FormField.of("education", "最高学历", FieldType.CHOICE).options(TechnologyBroker.EDUCATION))
                        .field(FormField.of("trainingDate", "培训合格证书发证日期", FieldType.DATE))
                        .field(FormField.of("agency", "所在技术转移机构", FieldType.TEXT).maxLength(100).optional())
                        .build(),
                Item.of(RETURNEE, "留学人员创业园入园申请").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, APPOINTMENT).maxVisits(1)
                        .legalBasis("《深圳经济特区人才工作条例》；《深圳经济特区科技创新条例》")
                        .description("取得国（境）外硕士以上学位，或学士学位并有1年以上海外工作经历的留学人员，以其持股10%以上、在深圳注册不满3年的"
                                + "企业申请入驻南山留学生创业园；审核通过后到园区签订入园协议。")
                        .keywords("留创园", "留学生创业", "海归创业")
                        .material(CommonMaterials.idCard())
                        .material(Material.of("degree-certification", "国（境）外学历学位认证书").reusable("overseas-degree-certification"))
                        .material(Material.of("company-licence", "创业企业营业执照"))
                        .material(Material.of("business-plan", "创业计划书"))
                        .field(FormField.of("overseasDegree", "国（境）外学位", FieldType.CHOICE).options("学士", "硕士", "博士"))
                        .field(FormField.of("overseasWorkYears", "海外工作年限", FieldType.INTEGER))
                        .field(FormField.of("companyCode", "创业企业统一社会信用代码", FieldType.CREDIT_CODE))
                        .field(FormField.of("companyRegistered", "创业企业注册日期", FieldType.DATE))
                        .field(FormField.of("shareholding", "本人持股比例（%）", FieldType.DECIMAL))
                        .build(),
                Item.of(HK_MACAO, "港澳青年创新创业基地入驻申请").type(ItemType.PUBLIC_SERVICE).party(PartyType.PERSON)
                        .limits(15, 10).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《粤港澳大湾区发展规划纲要》；《深圳经济特区科技创新条例》")
                        .description("18至45周岁、持港澳居民居住证的港澳青年以10人以内的团队和创业项目申请免费入驻南山区港澳青年创新创业基地，孵化期2年。")
                        .keywords("港澳青年", "创新创业基地", "大湾区")
                        .material(Material.of("residence-permit", "港澳居民居住证").form(MaterialForm.ORIGINAL).reusable(CommonMaterials.ID_CARD))
                        .material(Material.of("project-plan", "创业项目计划书"))
                        .field(FormField.of("projectName", "创业项目名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("teamSize", "团队人数", FieldType.INTEGER))
                        .build(),
                Item.of(INSTRUMENT, "大型科学仪器设施共享服务申请").type(ItemType.PUBLIC_SERVICE).party(PartyType.BOTH)
                        .limits(5, 3).flags(ONLINE, FULLY_ONLINE, ZERO_VISIT, WECHAT).maxVisits(0)
                        .legalBasis("《中华人民共和国科学技术进步法》；《国务院关于国家重大科研基础设施和大型科研仪器向社会开放的意见》")
                        .description("企业和个人通过共享平台预约使用区内高校、科研机构和企业的大型科学仪器设施。")
                        .keywords("仪器共享", "大型仪器", "检测")
                        .material(Material.of("usage-plan", "仪器使用需求说明").form(MaterialForm.ELECTRONIC))
                        .field(FormField.of("instrument", "拟使用仪器设施", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("hours", "预计使用机时（小时）", FieldType.INTEGER))
                        .field(FormField.of("purpose", "使用目的", FieldType.TEXT).maxLength(300))
                        .build(),
                Item.of(NONPROFIT, "科技类民办非企业单位成立业务主管单位审查").type(ItemType.OTHER_POWER).party(PartyType.BOTH)
                        .limits(20, 15).flags(ONE_WINDOW, ONLINE, FULLY_ONLINE).maxVisits(1)
                        .legalBasis("《民办非企业单位登记管理暂行条例》第八条")
                        .description("举办科技研发、科技服务、科学普及类民办非企业单位，向民政部门申请登记前须经区科技创新局作为业务主管单位审查同意。")
                        .keywords("民非", "社会服务机构", "业务主管单位")
                        .material(Material.of("founder-id", "举办者身份证明（个人提交身份证，单位提交登记证书）"))
                        .material(Material.of("charter", "章程草案"))
                        .material(Material.of("premises", "场所使用权证明"))
                        .material(Material.of("funds-proof", "开办资金验资证明"))
                        .field(FormField.of("orgName", "拟设立单位名称", FieldType.TEXT).maxLength(100))
                        .field(FormField.of("scope", "业务范围", FieldType.CHOICE).options(NonprofitReview.SCOPES))
                        .field(FormField.of("staff", "拟聘从业人员（人）", FieldType.INTEGER))
                        .field(FormField.of("funds", "开办资金（万元）", FieldType.DECIMAL))
                        .field(FormField.of("premisesArea", "业务场所面积（平方米）", FieldType.DECIMAL))
                        .build());
    }
}
