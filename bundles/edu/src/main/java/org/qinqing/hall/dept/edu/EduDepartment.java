package org.qinqing.hall.dept.edu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.DepartmentPlugin;
import org.qinqing.hall.spi.Item;
import org.qinqing.hall.spi.Level;

/** 南山区教育局: private schools and training institutions, teacher qualifications, school places and student aid. */
public class EduDepartment implements DepartmentPlugin {

    private static final Map<String, ApprovalHandler> HANDLERS = Map.ofEntries(
            Map.entry(EduSchoolItems.PRIVATE_SCHOOL, new PrivateSchool()),
            Map.entry(EduSchoolItems.PRIVATE_SCHOOL_CHANGE, new PrivateSchoolChange()),
            Map.entry(EduSchoolItems.TRAINING_INSTITUTION, new TrainingInstitution()),
            Map.entry(EduSchoolItems.SCHOOL_BUS, new SchoolBus()),
            Map.entry(EduTeacherItems.TEACHER_QUALIFICATION, new TeacherQualification()),
            Map.entry(EduTeacherItems.TEACHER_REGISTRATION, new TeacherRegistration()),
            Map.entry(EduStudentItems.SCHOOL_PLACE, new SchoolPlace()),
            Map.entry(EduStudentItems.ENROLMENT_DELAY, new EnrolmentDelay()),
            Map.entry(EduStudentItems.STUDENT_AID, new StudentAid()),
            Map.entry(EduStudentItems.PRESCHOOL_SUBSIDY, new PreschoolSubsidy()),
            Map.entry(EduStudentItems.PLACE_SUBSIDY, new PlaceSubsidy()));

    @Override
    public String code() {
        return "edu";
    }

    @Override
    public String name() {
        return "南山区教育局";
    }

    @Override
    public Level level() {
        return Level.DISTRICT;
    }

    @Override
    public List<Item> items() {
        List<Item> all = new ArrayList<>(EduSchoolItems.all());
        all.addAll(EduTeacherItems.all());
        all.addAll(EduStudentItems.all());
        return List.copyOf(all);
    }

    @Override
    public ApprovalHandler handler(String itemCode) {
        return HANDLERS.getOrDefault(itemCode, ApprovalHandler.STANDARD);
    }
}
