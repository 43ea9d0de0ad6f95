package org.qinqing.hall.composite.talent;

import java.util.List;
import org.qinqing.hall.spi.Composite;
import org.qinqing.hall.spi.CompositePlugin;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.Step;

/**
 * 人才入户 (talent settlement), the seed's first parallel approval: the health bureau's
 * family-planning certificate and HR's in-service talent introduction run at the same time; the
 * police's household-registration transfer card follows, fed with both documents from the vault.
 * One application, one set of materials, one visit.
 */
public final class TalentSettlement implements CompositePlugin {
    /** The composite's code. */
    public static final String CODE = "talent-settlement";

    @Override
    public List<Composite> composites() {
        return List.of(Composite.of(CODE, "人才入户（在职人才引进）")
                .party(PartyType.PERSON)
                .description("计划生育情况证明、在职人才引进核准、核发户籍迁入指标卡三个环节并联审批：一次提交材料，"
                        + "卫生健康局与人力资源局同时办理，两者办结后公安分局凭电子证照直接核发指标卡。")
                .keywords("人才入户", "调干", "人才引进", "落户", "一件事")
                .step(Step.of("family-planning", "health", "health-family-planning-certificate"))
                .step(Step.of("talent-introduction", "hr", "hr-talent-introduction"))
                .step(Step.of("transfer-card", "police", "police-household-transfer-card")
                        .after("family-planning", "talent-introduction")
                        .resultOf("family-planning", "family-planning")
                        .resultOf("talent-introduction", "talent-approval"))
                .build());
    }
}
