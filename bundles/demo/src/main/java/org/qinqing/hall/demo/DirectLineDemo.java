package org.qinqing.hall.demo;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.qinqing.hall.api.Actor;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Parties;
import org.qinqing.hall.directline.Demand;
import org.qinqing.hall.directline.DemandRequest;
import org.qinqing.hall.directline.Demands;
import org.qinqing.hall.directline.EnterpriseNotices;
import org.qinqing.hall.directline.Enterprises;
import org.qinqing.hall.directline.RatingRequest;
import org.qinqing.hall.directline.Ratings;
import org.qinqing.hall.spi.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The direct line's demo: the demo enterprises in the registry (a unicorn, a listed company, a top taxpayer, a small
 * one), each boss its agent, demands (one to the district head, one answered and rated well, one answered and rated
 * badly, which opens a rectification), and a risk alert to key enterprises — through the same services staff use.
 */
final class DirectLineDemo {
    private static final Logger LOG = LoggerFactory.getLogger(DirectLineDemo.class);
    private static final Actor ADMIN = Actor.staff("admin", Set.of("admin"), null, null);
    private static final Actor CLERK = Actor.staff("clerk", Set.of("clerk"), Channel.COUNTER, "A01");
    private static final Actor SUPERVISOR = Actor.staff("supervisor", Set.of("supervisor"), null, null);
    private static final String[] CATEGORIES = {"UNICORN;HIGH_TECH", "LISTED;INDUSTRY_TOP100", "TAX_TOP100;SERVICES_TOP100", "SMALL_MICRO"};

    private DirectLineDemo() {
    }

    static void seed(Enterprises enterprises, Demands demands, EnterpriseNotices notices, Ratings ratings, Parties parties) {
        List<DemoPeople.Party> companies = DemoPeople.enterprises();
        List<DemoPeople.Party> people = DemoPeople.people();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < companies.size(); i++) {
            DemoPeople.Party c = companies.get(i);
            csv.append(c.number()).append(',').append(c.name()).append(',').append(CATEGORIES[i % CATEGORIES.length])
                    .append(i % 2 == 0 ? ",软件和信息技术服务," : ",制造,").append(i % 2 == 0 ? "王副区长" : "李副区长").append(',')
                    .append(i % 2 == 0 ? "industry" : "market").append('\n');
            try {
                parties.addAgent(c.number(), people.get(i).number(), "经办人", CLERK);
            } catch (HallException already) {
                LOG.debug("Demo: agent of {} already recorded", c.name());
            }
        }
        enterprises.importCsv(new StringReader(csv.toString()), ADMIN);
        String unicorn = companies.get(0).number();
        Actor agent = Actor.applicant(people.get(0).number(), Channel.ONLINE);
        demands.submit(new DemandRequest(unicorn, "approval", "新建研发中心的施工许可审批较慢，希望区里协调加快。", "district-head", "DEMAND"), agent);
        Demand policy = demands.submit(new DemandRequest(unicorn, "policy", "请问专精特新企业奖励的申报条件和时间？", null, "POLICY"), agent);
        Actor industry = Actor.staff("approver-industry", Set.of("approver", "dept:industry"), null, null);
        demands.act(policy.demandNumber(), "answer", "申报条件见区工信局官网通知，每年3月受理。", null, industry);
        ratings.rate(new RatingRequest(policy.demandNumber(), null, unicorn.substring(14), 5, null, "答复及时", "portal"), null);
        String listed = companies.get(1).number();
        Demand talent = demands.submit(new DemandRequest(listed, "talent", "高层次人才住房申请一直没有结果。", null, "PROBLEM"),
                Actor.applicant(people.get(1).number(), Channel.ONLINE));
        demands.act(talent.demandNumber(), "answer", "已转住房部门办理。", null, Actor.staff("approver-hr", Set.of("approver", "dept:hr"), null, null));
        ratings.rate(new RatingRequest(talent.demandNumber(), null, listed.substring(14), 2, List.of("答复不具体"), "没有说明何时办结", "portal"), null);
        notices.publish("RISK", "关于防范合同诈骗的风险提示", "近期有不法分子冒充政府部门要求企业缴纳“认证费”，请提高警惕。",
                List.of("UNICORN", "LISTED", "TAX_TOP100"), List.of(), SUPERVISOR);
        LOG.info("Demo data: {} enterprises, 3 demands, 2 ratings and a notice on the direct line", companies.size());
    }
}
