package org.qinqing.hall.directline;

import java.time.Instant;
import java.util.List;

/**
 * A notice to enterprises: policy briefing (政策推送), legal warning (法律提示), risk alert (风险预警) or
 * IP-protection notice (知识产权保护).
 *
 * @param id id
 * @param kind POLICY, LEGAL, RISK or IP
 * @param title title
 * @param body text
 * @param categories the categories it went to (empty = all)
 * @param industries the industries it went to (empty = all)
 * @param publishedBy who published
 * @param publishedAt when
 * @param reached enterprises it reached
 * @param read enterprises that read it
 */
public record EnterpriseNotice(long id, String kind, String title, String body, List<String> categories, List<String> industries,
        String publishedBy, Instant publishedAt, int reached, int read) {
}
