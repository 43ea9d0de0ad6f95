package org.qinqing.hall.api;

import java.util.List;

/**
 * The 5×100% figures of the catalogue, computed from the items the installed departments offer
 * (never stored), per department and in total, and the seed's promises checked against them.
 *
 * @param total the whole hall
 * @param departments one per active department, by code
 * @param promises each promise of the seed with the figure it needs and what the hall has now
 */
public record CatalogueReport(Figures total, List<Figures> departments, List<Promise> promises) {

    /**
     * Figures of a department or of the hall.
     *
     * @param code department code, {@code null} for the total
     * @param name department name, {@code null} for the total
     * @param level DISTRICT or MUNICIPAL, {@code null} for the total
     * @param items items offered
     * @param oneWindow accepted at any window (一窗通办)
     * @param online can be applied for online
     * @param fullyOnline handled fully online
     * @param zeroVisit need no visit (零跑动)
     * @param wechat doable through WeChat
     * @param halvedLimit promised limit at most half the legal limit
     * @param maxVisits the most visits any item needs
     * @param instant approved instantly by rule (秒批)
     * @param legalPersonItems items for enterprises (or both)
     * @param legalPersonFullyOnline of those, handled fully online
     * @param compression 1 − (sum of promised limits ÷ sum of legal limits)
     */
    public record Figures(String code, String name, String level, int items, int oneWindow, int online, int fullyOnline,
            int zeroVisit, int wechat, int halvedLimit, int maxVisits, int instant, int legalPersonItems,
            int legalPersonFullyOnline, double compression) {
    }

    /**
     * A promise of the seed (the Nanshan hall's published figures and its 5×100% commitments).
     *
     * @param promise what was promised
     * @param expected the figure it needs
     * @param actual the figure the installed catalogue gives
     * @param kept whether it is kept
     */
    public record Promise(String promise, String expected, String actual, boolean kept) {
    }
}
