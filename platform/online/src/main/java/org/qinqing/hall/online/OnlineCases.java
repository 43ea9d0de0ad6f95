package org.qinqing.hall.online;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.CaseView;
import org.qinqing.hall.api.Submission;

/** Online applications: filed through the counter's intake, with their delivery, pre-review limit and messages. */
@ProviderType
public interface OnlineCases {

    /**
     * Files an application for a verified applicant (the submission's {@code channel} is online or
     * wechat, {@code agentNumber} is set when the person acts for an enterprise).
     *
     * @return the case
     * @throws org.qinqing.hall.api.HallException 403 {@code not_verified}; 404 for an applicant the
     *         person may not act for; 422 for an item not offered online; as the counter's intake otherwise
     */
    CaseView submit(Submission submission, Delivery delivery, ApplicantSession who);

    /** @return what the online hall keeps of the case, if it filed it */
    Optional<OnlineCase> find(String caseNumber);

    /** @param caseNumbers cases @return those the online hall filed, by number */
    java.util.Map<String, OnlineCase> find(List<String> caseNumbers);

    /**
     * A clerk posted the result: the case is completed with delivery by post and the applicant is told the tracking number.
     *
     * @throws org.qinqing.hall.api.HallException 409 unless the case is approved and its applicant chose post
     */
    CaseView posted(String caseNumber, String trackingNumber, Actor clerk);

    /** @return the messages sent to the person about cases, newest first */
    List<SentMessage> messages(String person);

    /** @return the real visits of completed cases */
    VisitFigures visits();
}
