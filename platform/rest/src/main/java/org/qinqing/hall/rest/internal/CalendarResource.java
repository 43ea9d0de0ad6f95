package org.qinqing.hall.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.qinqing.hall.api.CalendarDay;
import org.qinqing.hall.api.CalendarYear;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.api.Roles;
import org.qinqing.hall.api.WorkingCalendar;
import org.qinqing.hall.rest.internal.auth.Allow;
import org.qinqing.hall.rest.internal.auth.Public;
import org.qinqing.hall.spi.LimitUnit;

/** {@code /api/v1/calendar}: working-day deadlines (public) and the yearly schedules (admins change them). */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    private final WorkingCalendar calendar;
    private final org.qinqing.hall.api.Sla sla;
    private final org.qinqing.hall.api.HallClock clock;

    @Context
    private UriInfo uri;

    public CalendarResource(WorkingCalendar calendar, org.qinqing.hall.api.Sla sla, org.qinqing.hall.api.HallClock clock) {
        this.calendar = calendar;
        this.sla = sla;
        this.clock = clock;
    }

    /** The hall's date and time (China Standard Time) and calendar version. */
    public record Today(String today, String now, boolean workingDay, int calendarVersion) {
    }

    /** @return the hall's today: the reference for every deadline shown */
    @GET
    @Path("today")
    @Public
    public Today today() {
        QueryParams.only(uri);
        LocalDate today = clock.today();
        boolean working;
        try {
            working = calendar.isWorkingDay(today);
        } catch (HallException noSchedule) {
            working = false;
        }
        return new Today(today.toString(), org.qinqing.hall.rest.internal.views.CaseJson.time(clock.now()), working, calendar.version());
    }

    /**
     * A deadline: contract {@code {"deadline": "YYYY-MM-DD", "provisional": bool, …}}; {@code provisional}
     * is true when a day counted lies in a year served from the statutory holidays before its State
     * Council schedule is loaded; a year beyond the next without schedule is a 422.
     */
    public record Deadline(String from, int workingDays, String unit, String deadline, boolean provisional, int calendarVersion) {
    }

    /** @return the last day of a limit of N working (or natural) days starting the day after {@code from} */
    @GET
    @Path("deadline")
    @Public
    public Deadline deadline(@QueryParam("from") String from, @QueryParam("workingDays") Integer workingDays,
            @QueryParam("unit") String unit) {
        QueryParams.only(uri, "from", "workingDays", "unit");
        LocalDate start = date(from, "from");
        if (workingDays == null) {
            throw HallException.invalid("workingDays", "workingDays is required");
        }
        if (workingDays < 0 || workingDays > 3650) {
            throw HallException.invalid("workingDays", "workingDays is 0 to 3650");
        }
        LimitUnit u = LimitUnit.WORKING_DAYS;
        if (unit != null) {
            try {
                u = LimitUnit.valueOf(unit.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw HallException.invalid("unit", "unit is WORKING_DAYS or NATURAL_DAYS");
            }
        }
        LocalDate end = calendar.deadline(start, workingDays, u);
        return new Deadline(start.toString(), workingDays, u.name(), end.toString(), calendar.provisional(start, end), calendar.version());
    }

    /** A day of a schedule in JSON. */
    public record Day(String date, boolean holiday, String name) {
    }

    /** A year in JSON; {@code provisional} for a year computed from the law while its notice is not loaded. */
    public record Year(int year, int version, boolean provisional, String source, String updatedAt, String updatedBy, List<Day> days) {
        static Year of(CalendarYear y) {
            return new Year(y.year(), y.version(), y.provisional(), y.source(),
                    org.qinqing.hall.rest.internal.views.CaseJson.time(y.updatedAt()), y.updatedBy(),
                    y.days().stream().map(d -> new Day(d.date().toString(), d.holiday(), d.name())).toList());
        }
    }

    /** @return the loaded years and the provisional ones served now */
    @GET
    @Path("years")
    @Public
    public List<Year> years() {
        QueryParams.only(uri);
        return calendar.years().stream().map(Year::of).toList();
    }

    /** A schedule to load. */
    public record YearRequest(String source, List<Day> days) {
    }

    /** The loaded year and the open cases whose deadlines moved with it. */
    public record YearChange(Year year, List<String> movedCases) {
    }

    /**
     * Loads or corrects a year's schedule (admin); persisted and audited. Open cases' deadlines
     * are recomputed at once; the answer names the cases that moved.
     */
    @PUT
    @Path("years/{year}")
    @Allow(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public YearChange put(@PathParam("year") int year, YearRequest request, @Context SecurityContext security) {
        QueryParams.only(uri);
        if (request == null || request.days() == null || request.source() == null || request.source().isBlank()) {
            throw HallException.invalid("source", "give source (the notice) and days");
        }
        List<CalendarDay> days = new java.util.ArrayList<>();
        for (int i = 0; i < request.days().size(); i++) {
            Day d = request.days().get(i);
            days.add(new CalendarDay(date(d.date(), "days[" + i + "].date"), d.holiday(), d.name()));
        }
        org.qinqing.hall.api.Actor actor = Actors.staff(security, null, null);
        Year y = Year.of(calendar.putYear(year, days, request.source(), actor));
        return new YearChange(y, sla.recompute(actor));
    }

    private static LocalDate date(String value, String field) {
        if (value == null) {
            throw HallException.invalid(field, field + " is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw HallException.invalid(field, field + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
