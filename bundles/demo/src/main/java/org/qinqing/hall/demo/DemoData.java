package org.qinqing.hall.demo;

import org.qinqing.hall.api.Cases;
import org.qinqing.hall.api.Catalogue;
import org.qinqing.hall.api.Composites;
import org.qinqing.hall.api.DepartmentStatus;
import org.qinqing.hall.api.HallClock;
import org.qinqing.hall.api.Parties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo once, when {@code enabled = true} in {@code etc/org.qinqing.hall.demo.cfg}
 * ({@code ./hall.sh} writes it on first start; the distribution ships without it). It waits in its
 * own thread until the departments have come up (no change for {@link #SETTLE_MILLIS}), then
 * fills the hall unless the demo's first applicant is already known.
 */
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final long SETTLE_MILLIS = 3000;
    private static final long GIVE_UP_MILLIS = 180_000;

    private final boolean enabled;
    private final Cases cases;
    private final Composites composites;
    private final Parties parties;
    private final Catalogue catalogue;
    private final HallClock clock;
    private Thread thread;
    private org.qinqing.hall.directline.Enterprises enterprises;
    private org.qinqing.hall.directline.Demands demands;
    private org.qinqing.hall.directline.EnterpriseNotices notices;
    private org.qinqing.hall.directline.Ratings ratings;
    private org.qinqing.hall.floor.Floor floor;

    /** The direct line's services (Blueprint properties), for its part of the demo. */
    public void setEnterprises(org.qinqing.hall.directline.Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    public void setDemands(org.qinqing.hall.directline.Demands demands) {
        this.demands = demands;
    }

    public void setNotices(org.qinqing.hall.directline.EnterpriseNotices notices) {
        this.notices = notices;
    }

    /** @param floor the queue floor, for today's tickets and bookings */
    public void setFloor(org.qinqing.hall.floor.Floor floor) {
        this.floor = floor;
    }

    public void setRatings(org.qinqing.hall.directline.Ratings ratings) {
        this.ratings = ratings;
    }

    public DemoData(boolean enabled, Cases cases, Composites composites, Parties parties, Catalogue catalogue, HallClock clock) {
        this.enabled = enabled;
        this.cases = cases;
        this.composites = composites;
        this.parties = parties;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public synchronized void start() {
        if (!enabled) {
            LOG.info("Demo data off (enabled = true in etc/org.qinqing.hall.demo.cfg to seed an empty hall)");
            return;
        }
        thread = new Thread(this::run, "hall-demo");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() throws InterruptedException {
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
            thread = null;
        }
    }

    private void run() {
        try {
            if (!settled()) {
                LOG.warn("Demo data not seeded: the departments did not settle within {} s", GIVE_UP_MILLIS / 1000);
                return;
            }
            Seeder seeder = new Seeder(cases, composites, parties, catalogue, clock.today());
            if (seeder.seeded()) {
                LOG.info("Demo data already there");
                return;
            }
            long t0 = System.nanoTime();
            int created = seeder.seed();
            if (enterprises != null) {
                try {
                    DirectLineDemo.seed(enterprises, demands, notices, ratings, parties);
                } catch (RuntimeException e) {
                    // the cases are seeded; the direct line's part is a bonus, not a reason to fail the rest
                    LOG.warn("Demo data: the direct line's part stopped", e);
                }
            }
            if (floor != null) {
                try {
                    FloorDemo.seed(floor, parties, clock.today());
                } catch (RuntimeException e) {
                    LOG.warn("Demo data: the queue floor's part stopped", e);
                }
            }
            LOG.info("Demo data seeded: 14 applicants and {} cases in {} ms", created, (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Demo data: seeding stopped", e);
        }
    }

    /** @return whether the number of active departments stayed the same (and above zero) for a while */
    private boolean settled() throws InterruptedException {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        long last = -1;
        long since = System.currentTimeMillis();
        while (System.currentTimeMillis() < giveUp) {
            long active = catalogue.departments().stream().filter(d -> d.status() == DepartmentStatus.ACTIVE).count()
                    + composites.composites().stream().filter(c -> c.active()).count();
            if (active != last) {
                last = active;
                since = System.currentTimeMillis();
            } else if (active > 0 && System.currentTimeMillis() - since >= SETTLE_MILLIS) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
