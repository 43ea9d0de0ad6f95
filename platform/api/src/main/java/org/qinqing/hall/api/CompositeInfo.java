package org.qinqing.hall.api;

import java.util.List;
import org.qinqing.hall.spi.FormField;
import org.qinqing.hall.spi.Material;
import org.qinqing.hall.spi.PartyType;

/**
 * A composite item as the catalogue shows it.
 *
 * @param code code
 * @param name name
 * @param description description
 * @param party who may apply
 * @param status ACTIVE (open for intake), UNAVAILABLE (a member department is missing) or REFUSED
 * @param message why it is unavailable or refused, or {@code null}
 * @param bundle the bundle that offers it
 * @param version its version
 * @param steps the steps
 * @param promisedDays promised working days along the critical path
 * @param legalDays legal working days along the critical path
 * @param sequentialPromisedDays promised working days of the steps one after another
 * @param sequentialLegalDays legal working days of the steps one after another
 * @param visits in-person visits at most (intake, and collecting the results)
 * @param sequentialVisits the visits the steps promise one by one
 * @param fields the shared form: every field some step takes from it
 * @param materials the shared materials: every material some step takes from the applicant
 */
public record CompositeInfo(String code, String name, String description, PartyType party, String status, String message,
        String bundle, String version, List<StepInfo> steps, int promisedDays, int legalDays, int sequentialPromisedDays,
        int sequentialLegalDays, int visits, int sequentialVisits, List<FormField> fields, List<Material> materials) {

    /** @return whether new applications are taken */
    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /**
     * A step of a composite.
     *
     * @param id step id
     * @param itemCode item
     * @param itemName item name, or {@code null} while its department is missing
     * @param department department code
     * @param departmentName department name, or {@code null} while it is missing
     * @param dependsOn step ids that come first
     * @param promisedDays the item's promised limit
     * @param legalDays the item's legal limit
     * @param available whether the department offers the item now
     */
    public record StepInfo(String id, String itemCode, String itemName, String department, String departmentName,
            List<String> dependsOn, int promisedDays, int legalDays, boolean available) {
    }
}
