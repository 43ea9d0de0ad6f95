package org.qinqing.hall.spi;

/**
 * A message to an applicant.
 *
 * @param phone the recipient's mobile number, 11 digits
 * @param text the text, Chinese, short enough for one SMS where it can be
 * @param person the recipient's resident ID number
 * @param caseNumber the case it concerns, or {@code null} (a login code)
 * @since 1.3
 */
public record Message(String phone, String text, String person, String caseNumber) {

    /** @return the phone as logs and screens may show it: {@code 138****8000} */
    public String maskedPhone() {
        return maskPhone(phone);
    }

    /** @param phone a phone number @return it with the middle four digits hidden */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
