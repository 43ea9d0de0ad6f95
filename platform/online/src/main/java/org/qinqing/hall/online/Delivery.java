package org.qinqing.hall.online;

/**
 * How the applicant receives the result, chosen at submission.
 *
 * @param method {@code download} (电子送达, no visit), {@code post} (邮寄) or {@code window} (窗口领取, one visit)
 * @param recipient for post: who receives it
 * @param phone for post: the recipient's phone
 * @param address for post: the postal address
 */
public record Delivery(String method, String recipient, String phone, String address) {
    public static final String DOWNLOAD = "download";
    public static final String POST = "post";
    public static final String WINDOW = "window";

    /** @return download, the default */
    public static Delivery download() {
        return new Delivery(DOWNLOAD, null, null, null);
    }
}
