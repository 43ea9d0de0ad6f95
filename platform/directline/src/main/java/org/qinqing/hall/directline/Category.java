package org.qinqing.hall.directline;

/** The categories of enterprises the registry keeps; all but {@link #SMALL_MICRO} make a key enterprise (重点企业). */
public enum Category {
    /** 工业百强. */
    INDUSTRY_TOP100("工业百强"),
    /** 服务业百强. */
    SERVICES_TOP100("服务业百强"),
    /** 纳税百强. */
    TAX_TOP100("纳税百强"),
    /** 上市企业. */
    LISTED("上市企业"),
    /** 独角兽企业. */
    UNICORN("独角兽企业"),
    /** 国家高新技术企业. */
    HIGH_TECH("国家高新技术企业"),
    /** 小微企业 (企业地带). */
    SMALL_MICRO("小微企业");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** @return the Chinese name */
    public String label() {
        return label;
    }

    /** @param text a code (any case) or the Chinese name @return the category, or {@code null} if none matches */
    public static Category parse(String text) {
        String t = text == null ? "" : text.trim();
        for (Category c : values()) {
            if (c.name().equalsIgnoreCase(t) || c.label.equals(t)) {
                return c;
            }
        }
        return null;
    }
}
