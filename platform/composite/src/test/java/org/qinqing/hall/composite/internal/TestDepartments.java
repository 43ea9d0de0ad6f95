package org.qinqing.hall.composite.internal;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.CompositePlugin;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.MaterialForm;
import org.qinqing.hall.spi.Step;

/**
 * Three departments shaped like talent settlement: {@code a} certifies, {@code b} approves, and
 * {@code c} issues a card from both their documents.
 */
final class TestDepartments {

    private TestDepartments() {
    }

    /** A department with one item that issues a document of the item's own code as kind. */
    static DepartmentPlugin department(String code, Item item) {
        return new DepartmentPlugin() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public String name() {
                return "测试局" + code;
            }

            @Override
            public Level level() {
                return Level.DISTRICT;
            }

            @Override
            public List<Item> items() {
                return List.of(item);
            }

            @Override
            public ApprovalHandler handler(String itemCode) {
                return new ApprovalHandler() {
                    @Override
                    public List<IssuedDocument> issue(Application a) {
                        return List.of(IssuedDocument.of(itemCode, item.name()).text("准予").attribute("holder", a.applicant().name())
                                .build());
                    }
                };
            }
        };
    }

    static DepartmentPlugin a() {
        return department("ta", Item.of("ta-cert", "婚育证明").limits(10, 3).legalBasis("《测试法》").flags(Flag.ONE_WINDOW)
                .material(CommonMaterials.idCard())
                .field(FormField.of("maritalStatus", "婚姻状况", FieldType.CHOICE).options("未婚", "已婚"))
                .build());
    }

    static DepartmentPlugin b() {
        return department("tb", Item.of("tb-approval", "人才核准").limits(20, 5).legalBasis("《测试法》").flags(Flag.ONE_WINDOW)
                .material(CommonMaterials.idCard())
                .material(Material.of("degree", "学历证书"))
                .field(FormField.of("employer", "用人单位", FieldType.TEXT).maxLength(100))
                .build());
    }

    static DepartmentPlugin c() {
        return department("tc", Item.of("tc-card", "迁入指标卡").limits(20, 5).legalBasis("《测试法》").flags(Flag.ONE_WINDOW)
                .material(CommonMaterials.idCard())
                .material(Material.of("cert", "婚育证明").form(MaterialForm.ELECTRONIC).reusable("ta-cert"))
                .material(Material.of("approval", "人才核准通知").form(MaterialForm.ELECTRONIC).reusable("tb-approval"))
                .field(FormField.of("settleAddress", "拟迁入地址", FieldType.TEXT).maxLength(100))
                .build());
    }

    static Composite settle() {
        return Composite.of("settle", "测试入户").description("a 与 b 并联，然后 c")
                .step(Step.of("a", "ta", "ta-cert"))
                .step(Step.of("b", "tb", "tb-approval"))
                .step(Step.of("c", "tc", "tc-card").after("a", "b").resultOf("a", "cert").resultOf("b", "approval"))
                .build();
    }

    static CompositePlugin plugin(Composite... composites) {
        return () -> List.of(composites);
    }
}
