package org.qinqing.hall.cases.internal;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.IssuedDocument;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.Material;

/** A department for the case tests: a licence with an age rule, an instant item, and one that reuses the licence. */
final class TestDepartment implements DepartmentPlugin {
    private final String code;

    TestDepartment(String code) {
        this.code = code;
    }

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
        return List.of(
                Item.of(code + "-licence", "测试许可").limits(20, 5).legalBasis("《测试法》").flags(Flag.ONE_WINDOW)
                        .material(CommonMaterials.idCard())
                        .material(Material.of("degree", "学历证书"))
                        .field(FormField.of("education", "学历", FieldType.CHOICE).options("本科", "硕士"))
                        .field(FormField.of("note", "备注", FieldType.TEXT).maxLength(100).optional())
                        .build(),
                Item.of(code + "-instant", "测试秒批").limits(5, 0).legalBasis("《测试法》").maxVisits(0)
                        .flags(Flag.ONE_WINDOW, Flag.ONLINE, Flag.FULLY_ONLINE, Flag.ZERO_VISIT, Flag.INSTANT_APPROVAL)
                        .build(),
                Item.of(code + "-reuse", "测试复用").limits(10, 3).legalBasis("《测试法》").flags(Flag.ONE_WINDOW)
                        .material(Material.of("licence", "测试许可证").reusable("test-licence"))
                        .build());
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        if (itemCode.endsWith("-licence")) {
            return new ApprovalHandler() {
                @Override
                public List<Finding> review(Application a) {
                    return a.applicant().ageOn(a.date()) >= 45 ? List.of(Finding.rule("年龄须在45周岁以下")) : List.of();
                }

                @Override
                public List<IssuedDocument> issue(Application a) {
                    return List.of(IssuedDocument.of("test-licence", "测试许可证").validUntil(a.date().plusYears(1))
                            .text("准予许可").attribute("education", a.text("education")).build());
                }
            };
        }
        if (itemCode.endsWith("-instant")) {
            return new ApprovalHandler() {
                @Override
                public boolean approvesInstantly(Application a) {
                    return true;
                }

                @Override
                public List<IssuedDocument> issue(Application a) {
                    return List.of(IssuedDocument.of("instant-cert", "秒批证明").text("已办结").build());
                }
            };
        }
        return ApprovalHandler.STANDARD;
    }
}
