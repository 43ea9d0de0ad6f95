package org.qinqing.hall.directline;

import java.util.Set;

/**
 * An enterprise of the registry.
 *
 * @param creditCode its unified social credit code (统一社会信用代码)
 * @param name its name
 * @param categories its categories
 * @param industry its industry (行业), free text as the import gives it
 * @param leader the district leader in charge (挂点领导)
 * @param liaisonDepartment the code of the department that keeps in touch with it (联络部门)
 * @param key whether it is a key enterprise (a category other than small and micro)
 */
public record Enterprise(String creditCode, String name, Set<Category> categories, String industry, String leader,
        String liaisonDepartment, boolean key) {
}
