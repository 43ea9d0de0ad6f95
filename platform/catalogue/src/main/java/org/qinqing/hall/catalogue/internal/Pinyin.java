package org.qinqing.hall.catalogue.internal;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin search keys of a Chinese text (pinyin4j): the full syllables run together and the
 * initials, so {@code 人才引进} is found by {@code rencaiyinjin} and by {@code rcyj}.
 */
final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    private Pinyin() {
    }

    /** @return "full initials" for the text, lower case; characters without pinyin are skipped */
    static String of(String text) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (char c : text.toCharArray()) {
            String syllable = syllable(c);
            if (syllable != null) {
                full.append(syllable);
                initials.append(syllable.charAt(0));
            }
        }
        return full + " " + initials;
    }

    private static String syllable(char c) {
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return all == null || all.length == 0 ? null : all[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format is fixed and valid", e);
        }
    }
}
