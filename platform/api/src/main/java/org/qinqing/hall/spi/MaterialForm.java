package org.qinqing.hall.spi;

/** In which form a material must be presented. */
public enum MaterialForm {
    /** 原件: the original is shown (and usually returned). */
    ORIGINAL("原件"),
    /** 复印件: a copy is handed in. */
    COPY("复印件"),
    /** 电子件: an electronic file or an electronic licence is enough. */
    ELECTRONIC("电子件");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    /** @return the Chinese label shown to users */
    public String label() {
        return label;
    }
}
