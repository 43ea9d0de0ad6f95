package org.qinqing.hall.dept.edu;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.Test;
import org.qinqing.hall.api.identity.ResidentIds;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.CheckResult;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.Flag;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;
import org.qinqing.hall.spi.PartyType;
import org.qinqing.hall.spi.contract.DepartmentContract;
import org.qinqing.hall.spi.contract.TestApplication;

public class EduDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String PARENT = "44030519900101123X";
    private static final String TEACHER = "440305199608080071";
    private static final String SCHOOL = "91440300123456788M";
    /** Turns 6 on 2026-03-01: of age for first grade in 2026. */
    private static final String CHILD_2020_03 = id("44030520200301002");
    /** Turns 6 on 2026-10-01: too young for first grade in 2026. */
    private static final String CHILD_2020_10 = id("44030520201001002");
    /** 3 on 2025-08-31: a kindergarten child in school year 2025/26. */
    private static final String CHILD_2022_05 = id("44030520220501002");
    /** 2 on 2025-08-31: too young for kindergarten in school year 2025/26. */
    private static final String CHILD_2022_10 = id("44030520221001002");
    /** 7 on 2025-08-31: a primary pupil. */
    private static final String CHILD_2018_05 = id("44030520180501003");
    /** Born 2003-01-01: 23 on DAY, too young to drive a school bus. */
    private static final String DRIVER_23 = id("44030520030101001");

    private final EduDepartment edu = new EduDepartment();

    private static String id(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

    @Test
    public void keepsTheDepartmentContract() {
        DepartmentContract.assertValid(edu);
        assertEquals("edu", edu.code());
        assertEquals(Level.DISTRICT, edu.level());
    }

    @Test
    public void catalogueMatchesTheQuotas() {
        List<Item> items = edu.items();
        assertEquals(18, items.size());
        assertEquals(13, count(items, i -> i.has(Flag.ONE_WINDOW)));
        assertEquals(10, count(items, i -> i.has(Flag.WECHAT)));
        assertEquals(7, count(items, i -> i.has(Flag.ZERO_VISIT)));
        assertEquals(7, count(items, Item::halvedLimit));
        for (Item i : items) {
            assertTrue(i.code(), i.code().startsWith("edu-"));
            assertTrue(i.code(), i.maxVisits() <= 1);
            assertTrue(i.code() + " has a legal limit", i.legalLimit() > 0);
            if (i.party() != PartyType.PERSON) {
                assertTrue(i.code() + " is for legal persons and must be fully online", i.has(Flag.FULLY_ONLINE));
            }
            if (i.has(Flag.INSTANT_APPROVAL)) {
                assertNotSame(i.code(), ApprovalHandler.STANDARD, edu.handler(i.code()));
            }
        }
    }

    @Test
    public void aForProfitSchoolMayNotProvideCompulsoryEducation() {
        assertEquals(List.of(), handler(EduSchoolItems.PRIVATE_SCHOOL).review(school("幼儿园", "营利性", 9, 270)));
        assertEquals(List.of(), handler(EduSchoolItems.PRIVATE_SCHOOL).review(school("小学", "非营利性", 12, 540)));
        List<Finding> f = handler(EduSchoolItems.PRIVATE_SCHOOL).review(school("小学", "营利性", 12, 540));
        assertEquals("nature", f.get(0).subject());
    }

    @Test
    public void aPrivateSchoolKeepsTheClassSizeLimitOfItsLevel() {
        assertEquals(List.of(), handler(EduSchoolItems.PRIVATE_SCHOOL).review(school("初级中学", "非营利性", 10, 500)));
        assertEquals("plannedEnrolment", handler(EduSchoolItems.PRIVATE_SCHOOL).review(school("小学", "非营利性", 10, 500)).get(0).subject());
        assertEquals("plannedEnrolment", handler(EduSchoolItems.PRIVATE_SCHOOL).review(school("幼儿园", "非营利性", 9, 330)).get(0).subject());
    }

    @Test
    public void aChangeOfFounderNeedsSettlementAndAgreement() {
        Item item = item(EduSchoolItems.PRIVATE_SCHOOL_CHANGE);
        Application bare = TestApplication.of(item).applicant(SCHOOL).on(DAY).form("changeType", "变更举办者")
                .material("school-licence").material("board-resolution").build();
        assertEquals("settlement", handler(item.code()).check(bare).findings().get(0).subject());
        Application rename = TestApplication.of(item).applicant(SCHOOL).on(DAY).form("changeType", "变更名称")
                .material("school-licence").material("board-resolution").build();
        assertEquals(CheckResult.Outcome.ACCEPT, handler(item.code()).check(rename).outcome());
        Application full = TestApplication.of(item).applicant(SCHOOL).on(DAY).form("changeType", "变更举办者").allMaterials().build();
        assertEquals(CheckResult.Outcome.ACCEPT, handler(item.code()).check(full).outcome());
    }

    @Test
    public void noNewSubjectTrainingForCompulsoryPupilsOrPreschoolers() {
        ApprovalHandler h = handler(EduSchoolItems.TRAINING_INSTITUTION);
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(training("学科类", "普通高中学生", 90, 30, "20:30", 3).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(training("学科类", "义务教育阶段学生", 90, 30, "20:30", 3).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT, h.check(training("学科类", "学龄前儿童", 90, 30, "20:30", 3).build()).outcome());
        assertEquals(CheckResult.Outcome.REJECT,
                h.check(training("非学科类（文化艺术、体育、科技等）", "普通高中学生", 90, 30, "20:30", 3).build()).outcome());
        assertEquals("latestEndTime", h.check(training("学科类", "普通高中学生", 90, 30, "晚上九点", 3).build()).findings().get(0).subject());
    }

    @Test
    public void trainingNeedsThreeSquareMetresPerStudentLessonsEndingBy2030AndAtMostThreeMonthsFees() {
        ApprovalHandler h = handler(EduSchoolItems.TRAINING_INSTITUTION);
        assertEquals(List.of(), h.review(training("学科类", "普通高中学生", 90, 30, "20:30", 3).build()));
        List<Finding> f = h.review(training("学科类", "普通高中学生", 89.5, 30, "21:00", 6).build());
        assertEquals(List.of("area", "latestEndTime", "feeMonths"), f.stream().map(Finding::subject).toList());
    }

    @Test
    public void everySubjectTrainerHoldsATeacherQualification() {
        Application a = training("学科类", "普通高中学生", 90, 30, "20:30", 3).form("qualifiedTeachers", 4).build();
        assertEquals("qualifiedTeachers", handler(EduSchoolItems.TRAINING_INSTITUTION).review(a).get(0).subject());
    }

    @Test
    public void aSchoolBusCarriesNoMoreThanItsSeatsWithADriverOf25To60() {
        ApprovalHandler h = handler(EduSchoolItems.SCHOOL_BUS);
        assertEquals(List.of(), h.review(bus(35, 30, PARENT, "2026-12-31")));
        assertEquals(LocalDate.of(2026, 12, 31), h.issue(bus(35, 30, PARENT, "2026-12-31")).get(0).validUntil());
        assertEquals("students", h.review(bus(35, 40, PARENT, "2026-12-31")).get(0).subject());
        assertEquals("driverId", h.review(bus(35, 30, DRIVER_23, "2026-12-31")).get(0).subject());
        assertEquals("insuranceUntil", h.review(bus(35, 30, PARENT, "2026-03-01")).get(0).subject());
    }

    @Test
    public void teacherQualificationNeedsTheEducationOfTheLevel() {
        ApprovalHandler h = handler(EduTeacherItems.TEACHER_QUALIFICATION);
        assertEquals(List.of(), h.review(teacher("小学", "数学", "中等专业学校（含中等师范学校）", "二级乙等", "2025-01-10")));
        assertEquals("education", h.review(teacher("初级中学", "数学", "中等专业学校（含中等师范学校）", "二级乙等", "2025-01-10")).get(0).subject());
        assertEquals(List.of(), h.review(teacher("初级中学", "数学", "大学专科", "二级乙等", "2025-01-10")));
    }

    @Test
    public void chineseTeachersNeedPutonghua2AOthers2B() {
        ApprovalHandler h = handler(EduTeacherItems.TEACHER_QUALIFICATION);
        assertEquals("mandarin", h.review(teacher("小学", "语文", "大学本科", "二级乙等", "2025-01-10")).get(0).subject());
        assertEquals(List.of(), h.review(teacher("小学", "语文", "大学本科", "二级甲等", "2025-01-10")));
        assertEquals("mandarin", h.review(teacher("小学", "英语", "大学本科", "三级甲等", "2025-01-10")).get(0).subject());
    }

    @Test
    public void theExamCertificateIsValidThreeYears() {
        ApprovalHandler h = handler(EduTeacherItems.TEACHER_QUALIFICATION);
        assertEquals("examPassedDate", h.review(teacher("小学", "数学", "大学本科", "二级甲等", "2023-03-01")).get(0).subject());
        assertEquals(List.of(), h.review(teacher("小学", "数学", "大学本科", "二级甲等", "2023-03-02")));
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(teacher("小学", "数学", "大学本科", "二级甲等", "2026-05-01")).outcome());
        assertEquals(EduTeacherItems.TEACHER_CERTIFICATE, h.issue(teacher("小学", "数学", "大学本科", "二级甲等", "2025-01-10")).get(0).kind());
    }

    @Test
    public void periodicRegistrationNeeds360HoursAndPassedAssessments() {
        Item item = item(EduTeacherItems.TEACHER_REGISTRATION);
        Application ok = TestApplication.of(item).applicant(TEACHER).on(DAY).form("trainingHours", 360)
                .form("ethicsPassed", true).form("appraisalsPassed", true).allMaterials().build();
        Application short_ = TestApplication.of(item).applicant(TEACHER).on(DAY).form("trainingHours", 300)
                .form("ethicsPassed", false).form("appraisalsPassed", true).allMaterials().build();
        assertEquals(List.of(), handler(item.code()).review(ok));
        assertEquals(DAY.plusYears(5), handler(item.code()).issue(ok).get(0).validUntil());
        assertEquals(List.of("trainingHours", "ethicsPassed"), handler(item.code()).review(short_).stream().map(Finding::subject).toList());
    }

    @Test
    public void firstGradeNeedsAChildOfSixBy31August() {
        ApprovalHandler h = handler(EduStudentItems.SCHOOL_PLACE);
        assertEquals(List.of(), h.review(place(CHILD_2020_03, "深圳市户籍", null, null).build()));
        assertEquals("childId", h.review(place(CHILD_2020_10, "深圳市户籍", null, null).build()).get(0).subject());
    }

    @Test
    public void nonLocalChildrenNeedAResidencePermitAndTwelveMonthsOfResidenceAndInsurance() {
        ApprovalHandler h = handler(EduStudentItems.SCHOOL_PLACE);
        Application noPermit = place(CHILD_2020_03, "非深圳市户籍", 24, 24).build();
        assertEquals("residence-permit", h.check(noPermit).findings().get(0).subject());
        Application noMonths = place(CHILD_2020_03, "非深圳市户籍", null, null).material("residence-permit").build();
        assertEquals(CheckResult.Outcome.SUPPLEMENT, h.check(noMonths).outcome());
        Application ok = place(CHILD_2020_03, "非深圳市户籍", 12, 30).material("residence-permit").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(ok).outcome());
        assertEquals(List.of(), h.review(ok));
        Application recent = place(CHILD_2020_03, "非深圳市户籍", 11, 8).material("residence-permit").build();
        assertEquals(List.of("residenceMonths", "insuranceMonths"), h.review(recent).stream().map(Finding::subject).toList());
    }

    @Test
    public void enrolmentMayBeDelayedOnlyForHealthWithADiagnosis() {
        Item item = item(EduStudentItems.ENROLMENT_DELAY);
        ApprovalHandler h = handler(item.code());
        Application noProof = TestApplication.of(item).applicant(PARENT).on(DAY).form("childId", CHILD_2020_03).form("kind", "延缓入学")
                .form("reason", "身体状况").material("id-card").material("household-register").build();
        assertEquals("medical-proof", h.check(noProof).findings().get(0).subject());
        Application health = TestApplication.of(item).applicant(PARENT).on(DAY).form("childId", CHILD_2020_03).form("kind", "延缓入学")
                .form("reason", "身体状况").allMaterials().build();
        assertEquals(List.of(), h.review(health));
        Application other = TestApplication.of(item).applicant(PARENT).on(DAY).form("childId", CHILD_2020_03).form("kind", "延缓入学")
                .form("reason", "其他原因").allMaterials().build();
        assertEquals("reason", h.review(other).get(0).subject());
        Application tooYoung = TestApplication.of(item).applicant(PARENT).on(DAY).form("childId", CHILD_2020_10).form("kind", "延缓入学")
                .form("reason", "身体状况").allMaterials().build();
        assertEquals("childId", h.review(tooYoung).get(0).subject());
    }

    @Test
    public void studentAidAsksForTheCertificateOfTheDifficultyType() {
        Item item = item(EduStudentItems.STUDENT_AID);
        ApprovalHandler h = handler(item.code());
        Application lowIncome = TestApplication.of(item).applicant(PARENT).on(DAY).form("studentId", CHILD_2018_05)
                .form("difficulty", "最低生活保障家庭").material("id-card").material("difficulty-form").build();
        assertEquals("subsistence-proof", h.check(lowIncome).findings().get(0).subject());
        Application proven = TestApplication.of(item).applicant(PARENT).on(DAY).form("studentId", CHILD_2018_05)
                .form("difficulty", "最低生活保障家庭").material("id-card").material("difficulty-form").material("subsistence-proof").build();
        assertEquals(CheckResult.Outcome.ACCEPT, h.check(proven).outcome());
        assertEquals("2000", h.issue(proven).get(0).attributes().get("amount"));
    }

    @Test
    public void preschoolSubsidyIsForChildrenOfKindergartenAge() {
        Item item = item(EduStudentItems.PRESCHOOL_SUBSIDY);
        ApprovalHandler h = handler(item.code());
        Application ok = TestApplication.of(item).applicant(PARENT).on(DAY).form("childId", CHILD_2022_05)
                .form("kindergarten", "南山区第一幼儿园").allMaterials().build();
        Application young = TestApplication.of(item).applicant(PARENT).on(DAY).form("childId", CHILD_2022_10)
                .form("kindergarten", "南山区第一幼儿园").allMaterials().build();
        assertEquals(List.of(), h.review(ok));
        assertTrue(h.approvesInstantly(ok));
        assertEquals("1500", h.issue(ok).get(0).attributes().get("amount"));
        assertEquals("childId", h.review(young).get(0).subject());
    }

    @Test
    public void placeSubsidyIsOncePerYearAndFollowsTheStage() {
        Item item = item(EduStudentItems.PLACE_SUBSIDY);
        ApprovalHandler h = handler(item.code());
        Application primary = TestApplication.of(item).applicant(PARENT).on(DAY).form("childId", CHILD_2018_05)
                .form("stage", "小学").form("claimedThisYear", false).allMaterials().build();
        assertEquals(List.of(), h.review(primary));
        assertTrue(h.approvesInstantly(primary));
        assertEquals("7000", h.issue(primary).get(0).attributes().get("amount"));
        Application twice = TestApplication.of(item).applicant(PARENT).on(DAY).form("childId", CHILD_2018_05)
                .form("stage", "初中").form("claimedThisYear", true).allMaterials().build();
        assertEquals(List.of("claimedThisYear", "childId"), h.review(twice).stream().map(Finding::subject).toList());
    }

    private Application school(String level, String nature, int classes, int pupils) {
        return TestApplication.of(item(EduSchoolItems.PRIVATE_SCHOOL)).applicant(SCHOOL).on(DAY).form("schoolName", "深圳市南山区某某学校")
                .form("schoolLevel", level).form("nature", nature).form("classes", classes).form("plannedEnrolment", pupils)
                .allMaterials().build();
    }

    private TestApplication training(String category, String stage, double area, int students, String end, int feeMonths) {
        return TestApplication.of(item(EduSchoolItems.TRAINING_INSTITUTION)).applicant(SCHOOL).on(DAY).form("category", category)
                .form("targetStage", stage).form("area", area).form("maxStudents", students).form("teachers", 5)
                .form("qualifiedTeachers", 5).form("latestEndTime", end).form("feeMonths", feeMonths).allMaterials();
    }

    private Application bus(int seats, int students, String driver, String insuranceUntil) {
        return TestApplication.of(item(EduSchoolItems.SCHOOL_BUS)).applicant(SCHOOL).on(DAY).form("seats", seats)
                .form("students", students).form("driverId", driver).form("insuranceUntil", insuranceUntil).allMaterials().build();
    }

    private Application teacher(String level, String subject, String education, String mandarin, String examDate) {
        return TestApplication.of(item(EduTeacherItems.TEACHER_QUALIFICATION)).applicant(TEACHER).on(DAY).form("level", level)
                .form("subject", subject).form("education", education).form("mandarin", mandarin)
                .form("examPassedDate", examDate).allMaterials().build();
    }

    private TestApplication place(String child, String hukou, Integer residence, Integer insurance) {
        TestApplication t = TestApplication.of(item(EduStudentItems.SCHOOL_PLACE)).applicant(PARENT).on(DAY).form("grade", "小学一年级")
                .form("childId", child).form("hukou", hukou).material("id-card").material("household-register").material("housing-proof");
        if (residence != null) {
            t.form("residenceMonths", residence);
        }
        if (insurance != null) {
            t.form("insuranceMonths", insurance);
        }
        return t;
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private ApprovalHandler handler(String code) {
        return edu.handler(code);
    }

    private Item item(String code) {
        return edu.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
