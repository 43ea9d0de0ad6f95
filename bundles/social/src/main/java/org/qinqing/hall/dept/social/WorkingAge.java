package org.qinqing.hall.dept.social;

import java.time.LocalDate;
import org.qinqing.hall.spi.Applicant;

/** Working age: from 16 (《劳动法》第十五条) to the statutory retirement age of the person's group. */
final class WorkingAge {
    static final int MIN_AGE = 16;

    private WorkingAge() {
    }

    /** @param male sex @param post 岗位类别 (women's retirement age depends on it) @return the group */
    static RetirementAge.Group group(boolean male, String post) {
        return male ? RetirementAge.Group.MEN : SocialItems.MANAGER.equals(post) ? RetirementAge.Group.WOMEN_55 : RetirementAge.Group.WOMEN_50;
    }

    /** @return the retirement date of the applicant */
    static LocalDate retirement(Applicant a, String post) {
        return RetirementAge.retirementDate(a.birthDate(), group(a.male(), post));
    }

    /** @return the retirement date of the holder of an ID number */
    static LocalDate retirement(org.qinqing.hall.api.identity.PartyNumber p, String post) {
        return RetirementAge.retirementDate(p.birthDate(), group(p.male(), post));
    }
}
