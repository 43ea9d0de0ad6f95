package ${package};

import java.util.List;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CommonMaterials;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.FieldType;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.ItemType;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/**
 * ${departmentName}: the department this bundle brings to the hall. Registered as a
 * {@link DepartmentPlugin} service by OSGI-INF/blueprint/department.xml.
 */
public class Department implements DepartmentPlugin {
    static final String PERMIT = "${departmentCode}-permit";

    @Override
    public String code() {
        return "${departmentCode}";
    }

    @Override
    public String name() {
        return "${departmentName}";
    }

    @Override
    public Level level() {
        return Level.${level};
    }

    @Override
    public List<Item> items() {
        return List.of(Item.of(PERMIT, "${departmentName}经营许可").type(ItemType.LICENSING).party(PartyType.PERSON)
                .limits(20, 5)
                .flags(Flag.ONE_WINDOW, Flag.ONLINE, Flag.WECHAT)
                .maxVisits(1)
                .legalBasis("《中华人民共和国行政许可法》第四十二条")
                .description("The first item of a new department: replace it with yours.")
                .material(CommonMaterials.idCard())
                .material(Material.of("premises", "经营场所证明"))
                .field(FormField.of("area", "经营面积（平方米）", FieldType.DECIMAL))
                .build());
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return PERMIT.equals(itemCode) ? new PermitRules() : ApprovalHandler.STANDARD;
    }
}
