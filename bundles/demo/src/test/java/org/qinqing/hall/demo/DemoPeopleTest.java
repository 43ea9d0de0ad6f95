package org.qinqing.hall.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.qinqing.hall.api.identity.CreditCodes;
import org.qinqing.hall.api.identity.ResidentIds;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.FormField;

public class DemoPeopleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    public void everyDemoNumberPassesTheHallsOwnChecks() {
        for (DemoPeople.Party p : DemoPeople.people()) {
            ResidentIds.validate(p.number(), TODAY);
        }
        for (DemoPeople.Party e : DemoPeople.enterprises()) {
            CreditCodes.validate(e.number());
            ResidentIds.validate(e.fields().get("legalRepresentativeId"), TODAY);
        }
        assertEquals(10, DemoPeople.people().stream().map(DemoPeople.Party::number).distinct().count());
        assertEquals(4, DemoPeople.enterprises().stream().map(DemoPeople.Party::number).distinct().count());
    }

    @Test
    public void theFormFillerGivesEveryFieldAValueOfItsType() {
        List<FormField> fields = List.of(FormField.of("area", "经营面积", FieldType.DECIMAL).build(),
                FormField.of("kind", "类别", FieldType.CHOICE).options("餐饮", "零售").build(),
                FormField.of("contactPhone", "联系电话", FieldType.PHONE).build(),
                FormField.of("officeAddress", "办公地址", FieldType.TEXT).build(),
                FormField.of("note", "备注说明", FieldType.TEXT).maxLength(4).build(),
                FormField.of("since", "起始日期", FieldType.DATE).build(),
                FormField.of("owner", "负责人身份证号", FieldType.RESIDENT_ID).build(),
                FormField.of("employer", "单位代码", FieldType.CREDIT_CODE).build());
        Map<String, Object> form = FormFiller.fill(fields, "44030519900101123X", "91440300123456788M", TODAY);
        assertEquals(new BigDecimal("120"), form.get("area"));
        assertEquals("餐饮", form.get("kind"));
        assertEquals("13800138000", form.get("contactPhone"));
        assertTrue(form.get("officeAddress").toString().startsWith("深圳市南山区"));
        assertEquals(4, form.get("note").toString().length());
        assertTrue(LocalDate.parse((String) form.get("since")).isBefore(TODAY));
        assertEquals("44030519900101123X", form.get("owner"));
        assertEquals("91440300123456788M", form.get("employer"));
    }
}
