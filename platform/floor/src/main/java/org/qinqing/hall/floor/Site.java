package org.qinqing.hall.floor;

import java.util.List;

/**
 * A place where applicants are served: the main hall, a street centre or a community kiosk.
 *
 * @param code short code used in URLs, e.g. {@code hall}, {@code xili}
 * @param name its name, e.g. 南山区行政服务大厅
 * @param kind {@code HALL}, {@code STREET} or {@code COMMUNITY}
 * @param address where it is
 * @param opens opening time on working days (HH:MM, Beijing time)
 * @param closes closing time on working days
 * @param slotMinutes length of an appointment slot
 * @param slotCapacity appointments per slot and queue
 * @param windows its windows
 * @param queues its queues
 */
public record Site(String code, String name, String kind, String address, String opens, String closes, int slotMinutes,
        int slotCapacity, List<Window> windows, List<Queue> queues) {

    /** @param code a queue code @return the queue, or {@code null} */
    public Queue queue(String code) {
        return queues.stream().filter(q -> q.code().equals(code)).findFirst().orElse(null);
    }

    /** @return the queue for VIP parties (绿色通道), or {@code null} when the site has none */
    public Queue vipQueue() {
        return queues.stream().filter(Queue::vip).findFirst().orElse(null);
    }

    /** @return the queue tickets and bookings go to when none is named: the first */
    public Queue defaultQueue() {
        return queues.get(0);
    }
}
